package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A reaction on a comment; at most one per comment, user and type (as for activity reactions). */
public record StoredCommentReaction(
        String commentId,
        String activityId,
        String type,
        String userId,
        JsonNode custom,
        Instant createdAt,
        Instant updatedAt,
        long seq) {

    static String key(String commentId, String type, String userId) {
        return commentId + "|" + type + "|" + userId;
    }
}
