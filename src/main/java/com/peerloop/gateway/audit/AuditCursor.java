package com.peerloop.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque {@code before} cursor of the audit pages. It carries the id of the last entry shown;
 * callers must not rely on its form.
 */
final class AuditCursor {

    private static final String PREFIX = "a1.";

    private AuditCursor() {}

    static String encode(long lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + lastId).getBytes(StandardCharsets.US_ASCII));
    }

    /** The id the cursor carries, or empty when the text is not a cursor this endpoint gave out. */
    static Optional<Long> decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!text.startsWith(PREFIX)) {
                return Optional.empty();
            }
            long id = Long.parseLong(text.substring(PREFIX.length()));
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
