package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A reaction on an activity; at most one per activity, user and type. */
public record StoredReaction(
        String activityId,
        String type,
        String userId,
        JsonNode custom,
        Instant createdAt,
        Instant updatedAt,
        long seq) {

    static String key(String activityId, String type, String userId) {
        return activityId + "|" + type + "|" + userId;
    }
}
