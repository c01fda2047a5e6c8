package com.peerloop.gateway.audit;

import com.peerloop.gateway.paging.Cursors;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The opaque {@code before} cursor of the audit pages. It carries the id of the last entry shown;
 * callers must not rely on its form.
 */
final class AuditCursor {

    private static final String KIND = "a1";

    private AuditCursor() {}

    static String encode(long lastId) {
        return Cursors.encodePosition(KIND, lastId);
    }

    /** The id the cursor carries, or empty when the text is not a cursor this endpoint gave out. */
    static Optional<Long> decode(String cursor) {
        OptionalLong id = Cursors.decodePosition(KIND, cursor);
        return id.isPresent() ? Optional.of(id.getAsLong()) : Optional.empty();
    }
}
