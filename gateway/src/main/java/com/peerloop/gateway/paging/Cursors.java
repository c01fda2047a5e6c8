package com.peerloop.gateway.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The opaque, URL-safe cursors of every paged listing: a kind that says which listing wrote the cursor and
 * its fields, base64url-encoded. A listing reads back only cursors of its own kind; clients must not rely
 * on their form.
 */
public final class Cursors {

    private static final String SEPARATOR = ".";
    private static final Pattern SPLIT = Pattern.compile(Pattern.quote(SEPARATOR));

    private Cursors() {}

    /** A cursor of {@code kind} carrying {@code fields}; only the last field may contain a dot. */
    public static String encode(String kind, String... fields) {
        for (int i = 0; i < fields.length - 1; i++) {
            if (fields[i].contains(SEPARATOR)) {
                throw new IllegalArgumentException("only the last field of a cursor may contain a dot");
            }
        }
        String text = kind + SEPARATOR + String.join(SEPARATOR, fields);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code count} fields of a cursor {@link #encode} wrote for {@code kind}; empty for any other text. */
    public static Optional<List<String>> decode(String kind, int count, String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!text.startsWith(kind + SEPARATOR)) {
            return Optional.empty();
        }
        String[] fields = SPLIT.split(text.substring(kind.length() + 1), count);
        return fields.length == count ? Optional.of(List.of(fields)) : Optional.empty();
    }

    /** A cursor of {@code kind} carrying one positive number, such as the id of the last row shown. */
    public static String encodePosition(String kind, long position) {
        return encode(kind, Long.toString(position));
    }

    /** The positive number of a cursor {@link #encodePosition} wrote for {@code kind}; empty for any other text. */
    public static OptionalLong decodePosition(String kind, String cursor) {
        Optional<List<String>> fields = decode(kind, 1, cursor);
        if (fields.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long position = Long.parseLong(fields.get().get(0));
            return position > 0 ? OptionalLong.of(position) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
