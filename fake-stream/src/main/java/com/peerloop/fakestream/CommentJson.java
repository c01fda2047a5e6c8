package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;

/**
 * Renders comments as the SDK's {@code CommentResponse} / {@code ThreadedCommentResponse}: the counts, reaction
 * groups, latest reactions and the viewer's own reactions are derived from the state when rendering (spec
 * CommentResponse: reply_count*, reaction_count*, own_reactions*; reaction_groups, latest_reactions, edited_at).
 */
final class CommentJson {

    private static final int LATEST_REACTIONS = 10;

    private CommentJson() {}

    static ObjectNode comment(FakeStreamState state, StoredComment comment) {
        return comment(state, comment, null);
    }

    /** @param viewerId whose {@code own_reactions} to include; {@code null}: none */
    static ObjectNode comment(FakeStreamState state, StoredComment comment, String viewerId) {
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
        Json.putTime(json, "edited_at", comment.editedAt());
        json.put("score", 0);
        json.put("confidence_score", 0.0);
        json.put("reply_count", state.comments().replies(comment.id()).size());
        json.put("upvote_count", 0);
        json.put("downvote_count", 0);
        json.putArray("mentioned_users");
        putReactions(state, comment.id(), viewerId, json);
        json.set("attachments", ActivityJson.attachments(comment.attachments()));
        json.set(
                "custom",
                comment.custom() == null ? Json.object() : comment.custom().deepCopy());
        return json;
    }

    /** A comment with its direct replies (oldest first) under {@code replies}. */
    static ObjectNode threaded(FakeStreamState state, StoredComment comment, String viewerId) {
        ObjectNode json = comment(state, comment, viewerId);
        ArrayNode replies = json.putArray("replies");
        state.comments().replies(comment.id()).forEach(reply -> replies.add(comment(state, reply, viewerId)));
        return json;
    }

    static ObjectNode reaction(FakeStreamState state, StoredCommentReaction reaction) {
        ObjectNode json = Json.object();
        json.put("activity_id", reaction.activityId());
        json.put("comment_id", reaction.commentId());
        json.put("type", reaction.type());
        json.set("user", UserJson.user(state, reaction.userId()));
        Json.putTime(json, "created_at", reaction.createdAt());
        Json.putTime(json, "updated_at", reaction.updatedAt());
        json.set(
                "custom",
                reaction.custom() == null ? Json.object() : reaction.custom().deepCopy());
        return json;
    }

    private static void putReactions(FakeStreamState state, String commentId, String viewerId, ObjectNode json) {
        List<StoredCommentReaction> reactions = state.comments().reactions(commentId);
        json.put("reaction_count", reactions.size());
        ObjectNode groups = json.putObject("reaction_groups");
        for (StoredCommentReaction reaction : reactions) {
            ObjectNode group = (ObjectNode) groups.get(reaction.type());
            if (group == null) {
                group = groups.putObject(reaction.type());
                group.put("count", 0).put("sum_scores", 0);
                Json.putTime(group, "first_reaction_at", reaction.createdAt());
            }
            group.put("count", group.get("count").asInt() + 1);
            group.put("sum_scores", group.get("sum_scores").asInt() + 1);
            Json.putTime(group, "last_reaction_at", reaction.createdAt());
        }
        ArrayNode latest = json.putArray("latest_reactions");
        reactions.stream()
                .sorted(Comparator.comparingLong(StoredCommentReaction::seq).reversed())
                .limit(LATEST_REACTIONS)
                .forEach(reaction -> latest.add(reaction(state, reaction)));
        ArrayNode own = json.putArray("own_reactions");
        if (viewerId != null) {
            reactions.stream()
                    .filter(reaction -> reaction.userId().equals(viewerId))
                    .forEach(reaction -> own.add(reaction(state, reaction)));
        }
    }
}
