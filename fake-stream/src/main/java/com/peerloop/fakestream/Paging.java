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
    private static final String POSITION_PREFIX = "fs2:";

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

    /**
     * A page of a list whose order is not by sequence number (e.g. comments by reaction count): the cursor names
     * the position after the last item handed out, so a change of order between pages can repeat or skip items.
     */
    static <T> Page<T> pageByPosition(List<T> ordered, Integer limit, String next) {
        int size = limit == null || limit < 1 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        int from = next == null || next.isEmpty() ? 0 : (int) Math.min(decode(next, POSITION_PREFIX), ordered.size());
        int to = Math.min(from + size, ordered.size());
        String cursor = to < ordered.size() ? encode(to, POSITION_PREFIX) : null;
        return new Page<>(List.copyOf(ordered.subList(from, to)), cursor);
    }

    private static String encode(long seq) {
        return encode(seq, PREFIX);
    }

    private static long decode(String cursor) {
        return decode(cursor, PREFIX);
    }

    private static String encode(long value, String prefix) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((prefix + value).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor, String prefix) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(prefix)) {
                return Long.parseLong(raw.substring(prefix.length()));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw StreamError.badRequest("invalid pagination cursor: " + cursor);
    }
}
