package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders comments as the SDK's {@code CommentResponse} / {@code ThreadedCommentResponse}. */
final class CommentJson {

    private CommentJson() {}

    static ObjectNode comment(FakeStreamState state, StoredComment comment) {
        ObjectNode json = Json.object();
        json.put("id", comment.id());
        json.put("object_id", comment.objectId());
        json.put("object_type", comment.objectType());
        if (comment.parentId() != null) {
            json.put("parent_id", comment.parentId());
        }
        if (comment.text() != null) {
            json.put("text", comment.text());
        }
        json.set("user", UserJson.user(state, comment.userId()));
        json.put("status", comment.isDeleted() ? "deleted" : "active");
        Json.putTime(json, "created_at", comment.createdAt());
        Json.putTime(json, "updated_at", comment.updatedAt());
        Json.putTime(json, "deleted_at", comment.deletedAt());
        json.put("score", 0);
        json.put("confidence_score", 0.0);
        json.put("reaction_count", 0);
        json.put("reply_count", state.comments().replies(comment.id()).size());
        json.put("upvote_count", 0);
        json.put("downvote_count", 0);
        json.putArray("mentioned_users");
        json.putArray("own_reactions");
        json.putArray("latest_reactions");
        json.set("attachments", ActivityJson.attachments(comment.attachments()));
        json.set(
                "custom",
                comment.custom() == null ? Json.object() : comment.custom().deepCopy());
        return json;
    }

    /** A top-level comment with its direct replies (oldest first) under {@code replies}. */
    static ObjectNode threaded(FakeStreamState state, StoredComment comment) {
        ObjectNode json = comment(state, comment);
        ArrayNode replies = json.putArray("replies");
        state.comments().replies(comment.id()).forEach(reply -> replies.add(comment(state, reply)));
        return json;
    }
}
