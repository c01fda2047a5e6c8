package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A comment on an object (normally {@code object_type = activity}); replies carry a {@code parentId}
 * and inherit the parent's object.
 *
 * @param deletedAt set by a soft delete; deleted comments are left out of every read and count
 */
public record StoredComment(
        String id,
        String objectId,
        String objectType,
        String parentId,
        String userId,
        String text,
        JsonNode attachments,
        JsonNode custom,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long seq) {

    public boolean isDeleted() {
        return deletedAt != null;
    }

    StoredComment deleted(Instant at) {
        return new StoredComment(
                id, objectId, objectType, parentId, userId, text, attachments, custom, createdAt, at, at, seq);
    }
}
