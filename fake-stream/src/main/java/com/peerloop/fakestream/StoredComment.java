package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A comment on an object (normally {@code object_type = activity}); replies carry a {@code parentId}
 * and inherit the parent's object.
 *
 * @param deletedAt set by a soft delete; deleted comments are left out of every read and count
 * @param editedAt set by an update of the comment's text ({@code edited_at} of spec CommentResponse)
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
        long seq,
        Instant editedAt) {

    StoredComment(
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
        this(
                id,
                objectId,
                objectType,
                parentId,
                userId,
                text,
                attachments,
                custom,
                createdAt,
                updatedAt,
                deletedAt,
                seq,
                null);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    StoredComment deleted(Instant at) {
        return new StoredComment(
                id,
                objectId,
                objectType,
                parentId,
                userId,
                text,
                attachments,
                custom,
                createdAt,
                at,
                at,
                seq,
                editedAt);
    }

    StoredComment updated(String newText, JsonNode newAttachments, JsonNode newCustom, Instant at, boolean edited) {
        return new StoredComment(
                id,
                objectId,
                objectType,
                parentId,
                userId,
                newText,
                newAttachments,
                newCustom,
                createdAt,
                at,
                deletedAt,
                seq,
                edited ? at : editedAt);
    }
}
