package com.peerloop.fakestream;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Cursor pagination over a list already in answer order. The opaque {@code next} cursor names the sequence
 * number of the last item handed out, so later pages never repeat items and items created between pages
 * (which have higher sequence numbers) do not shift them. {@code next} is absent on the last page.
 */
final class Paging {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;
    private static final String PREFIX = "fs1:";

    record Page<T>(List<T> items, String next) {}

    private Paging() {}

    /**
     * @param ordered items in answer order
     * @param seq an item's sequence number
     * @param descending whether {@code ordered} is by descending sequence number
     * @param limit requested page size; {@code null} or below 1 means {@value #DEFAULT_LIMIT}, capped at
     *     {@value #MAX_LIMIT}
     * @param next the cursor from the previous page, or {@code null} for the first page
     */
    static <T> Page<T> page(List<T> ordered, ToLongFunction<T> seq, boolean descending, Integer limit, String next) {
        int size = limit == null || limit < 1 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        Long after = next == null || next.isEmpty() ? null : decode(next);
        List<T> page = new ArrayList<>();
        boolean more = false;
        for (T item : ordered) {
            long itemSeq = seq.applyAsLong(item);
            if (after != null && (descending ? itemSeq >= after : itemSeq <= after)) {
                continue;
            }
            if (page.size() == size) {
                more = true;
                break;
            }
            page.add(item);
        }
        String cursor = more ? encode(seq.applyAsLong(page.get(page.size() - 1))) : null;
        return new Page<>(page, cursor);
    }

    private static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                return Long.parseLong(raw.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw StreamError.badRequest("invalid pagination cursor: " + cursor);
    }
}
