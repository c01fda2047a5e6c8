package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A follow from {@code source} (the follower feed, e.g. {@code timeline:alice}) to {@code target}
 * (e.g. {@code user:bob}). Only {@code accepted} follows feed activities into the source.
 *
 * @param seq creation order, used for stable pagination
 */
public record StoredFollow(
        String source,
        String target,
        String status,
        String pushPreference,
        JsonNode custom,
        Instant createdAt,
        Instant updatedAt,
        long seq) {

    /** The store key for a follow. */
    static String key(String source, String target) {
        return source + "|" + target;
    }
}
