package com.peerloop.gateway.stream;

import com.peerloop.gateway.paging.Cursors;
import java.util.List;

/**
 * The opaque {@code next} of a notification page. Stream pages an aggregated feed by groups, the gateway's
 * pages count activities, so the cursor carries Stream's cursor of the batch of groups the next page starts
 * in and how many of that batch's activities earlier pages showed.
 */
record NotificationCursor(String streamNext, int skip) {

    private static final String KIND = "n1";

    String encode() {
        return Cursors.encode(KIND, Integer.toString(skip), streamNext == null ? "" : streamNext);
    }

    /** Null for the first page; a 400 {@code validation_failed} for text this feed did not give out. */
    static NotificationCursor decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> fields = Cursors.decode(KIND, 2, cursor).orElseThrow(NotificationCursor::invalid);
        int skip;
        try {
            skip = Integer.parseInt(fields.get(0));
        } catch (NumberFormatException e) {
            throw invalid();
        }
        if (skip < 0) {
            throw invalid();
        }
        return new NotificationCursor(fields.get(1).isEmpty() ? null : fields.get(1), skip);
    }

    private static RuntimeException invalid() {
        return new InvalidCursorException();
    }
}
