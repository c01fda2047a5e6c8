package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Comment reactions (spec AddCommentReaction, DeleteCommentReaction), kept like activity reactions: at most one
 * per comment, user and type, adding the same type again updates it, and {@code enforce_unique: true} removes the
 * user's reactions of other types on that comment (docs: activity-feeds/docs/&lt;lang&gt;/reactions, "You can react
 * to both activities and comments", enforce_unique). {@code user_id} is required of a server-side call, as for
 * activity reactions. Both answer {@code comment} and {@code reaction} (spec AddCommentReactionResponse and
 * DeleteCommentReactionResponse: comment*, reaction*).
 */
final class CommentReactionRoutes {

    private static final String ROOT = "/api/v2/feeds/comments/{id}/reactions";

    private final FakeStreamState state;

    CommentReactionRoutes(FakeStreamState state) {
        this.state = state;
    }

    void register(RouteTable table) {
        table.add("POST", ROOT, "addCommentReaction", this::add)
                .add("DELETE", ROOT + "/{type}", "deleteCommentReaction", this::delete);
    }

    private ObjectNode add(Call call) {
        StoredComment comment = comment(call);
        JsonNode body = call.body();
        String type = Json.text(body, "type");
        String userId = Json.text(body, "user_id") == null ? call.userId() : Json.text(body, "user_id");
        if (type == null || type.isEmpty() || userId == null || userId.isEmpty()) {
            throw StreamError.badRequest("type and user_id are required");
        }
        if (Json.flag(body, "enforce_unique")) {
            state.comments().reactions(comment.id()).stream()
                    .filter(other ->
                            other.userId().equals(userId) && !other.type().equals(type))
                    .forEach(other -> state.comments().removeReaction(comment.id(), other.type(), userId));
        }
        Instant now = state.now();
        StoredCommentReaction existing =
                state.comments().reaction(comment.id(), type, userId).orElse(null);
        JsonNode custom = Json.withoutNulls(Json.field(body, "custom"));
        StoredCommentReaction reaction = new StoredCommentReaction(
                comment.id(),
                "activity".equals(comment.objectType()) ? comment.objectId() : "",
                type,
                userId,
                custom == null && existing != null ? existing.custom() : custom,
                existing == null ? now : existing.createdAt(),
                now,
                existing == null ? state.nextSeq() : existing.seq());
        state.comments().putReaction(reaction);
        ObjectNode result = answer(comment, reaction);
        if (Json.flag(body, "create_notification_activity")) {
            // spec AddCommentReactionRequest.create_notification_activity,
            // AddCommentReactionResponse.notification_created
            result.put("notification_created", new NotificationActivities(state).commentReaction(comment, userId));
        }
        return result;
    }

    private ObjectNode delete(Call call) {
        StoredComment comment = comment(call);
        String type = call.param("type");
        String userId = call.query("user_id") == null ? call.userId() : call.query("user_id");
        if (userId == null) {
            throw StreamError.badRequest("user_id is required");
        }
        StoredCommentReaction reaction = state.comments()
                .reaction(comment.id(), type, userId)
                .orElseThrow(() -> StreamError.notFound("reaction " + type + " by " + userId + " does not exist"));
        state.comments().removeReaction(comment.id(), type, userId);
        return answer(comment, reaction);
    }

    private StoredComment comment(Call call) {
        String id = call.param("id");
        return state.comments().live(id).orElseThrow(() -> StreamError.notFound("comment " + id + " does not exist"));
    }

    private ObjectNode answer(StoredComment comment, StoredCommentReaction reaction) {
        ObjectNode result = Json.object();
        result.set("comment", CommentJson.comment(state, comment));
        result.set("reaction", CommentJson.reaction(state, reaction));
        return result;
    }
}
