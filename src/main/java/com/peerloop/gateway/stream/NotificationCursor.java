package com.peerloop.gateway.stream;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code next} of a notification page. Stream pages an aggregated feed by groups, the gateway's
 * pages count activities, so the cursor carries Stream's cursor of the batch of groups the next page starts
 * in and how many of that batch's activities earlier pages showed.
 */
record NotificationCursor(String streamNext, int skip) {

    private static final String PREFIX = "n1.";

    String encode() {
        String text = PREFIX + skip + "." + (streamNext == null ? "" : streamNext);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Null for the first page; a 400 {@code validation_failed} for text this feed did not give out. */
    static NotificationCursor decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int dot = text.indexOf('.', PREFIX.length());
            if (!text.startsWith(PREFIX) || dot < 0) {
                throw invalid();
            }
            int skip = Integer.parseInt(text.substring(PREFIX.length(), dot));
            String streamNext = text.substring(dot + 1);
            if (skip < 0) {
                throw invalid();
            }
            return new NotificationCursor(streamNext.isEmpty() ? null : streamNext, skip);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static RuntimeException invalid() {
        return new InvalidCursorException();
    }
}
