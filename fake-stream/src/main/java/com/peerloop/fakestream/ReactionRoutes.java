package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Activity reactions. There is at most one reaction per activity, user and type: adding the same type again
 * updates it ({@code custom}, {@code updated_at}). With {@code enforce_unique: true} the user's reactions of
 * other types on that activity are removed, leaving one reaction per user. {@code user_id} is required.
 */
final class ReactionRoutes {

    private static final String ROOT = "/api/v2/feeds/activities/{activity_id}/reactions";

    private final FakeStreamState state;

    ReactionRoutes(FakeStreamState state) {
        this.state = state;
    }

    void register(RouteTable table) {
        table.add("POST", ROOT, "addReaction", this::add)
                .add("DELETE", ROOT + "/{type}", "deleteReaction", this::delete);
    }

    private ObjectNode add(Call call) {
        StoredActivity activity = activity(call);
        JsonNode body = call.body();
        String type = Json.text(body, "type");
        String userId = Json.text(body, "user_id") == null ? call.userId() : Json.text(body, "user_id");
        if (type == null || type.isEmpty() || userId == null || userId.isEmpty()) {
            throw StreamError.badRequest("type and user_id are required");
        }
        if (Json.flag(body, "enforce_unique")) {
            state.activities().reactions(activity.id()).stream()
                    .filter(other ->
                            other.userId().equals(userId) && !other.type().equals(type))
                    .forEach(other -> state.activities().removeReaction(activity.id(), other.type(), userId));
        }
        Instant now = state.now();
        StoredReaction existing =
                state.activities().reaction(activity.id(), type, userId).orElse(null);
        JsonNode custom = Json.withoutNulls(Json.field(body, "custom"));
        StoredReaction reaction = new StoredReaction(
                activity.id(),
                type,
                userId,
                custom == null && existing != null ? existing.custom() : custom,
                existing == null ? now : existing.createdAt(),
                now,
                existing == null ? state.nextSeq() : existing.seq());
        state.activities().putReaction(reaction);
        ObjectNode result = answer(activity, reaction);
        if (Json.flag(body, "create_notification_activity")) {
            // spec AddReactionResponse.notification_created
            result.put("notification_created", new NotificationActivities(state).reaction(activity, userId));
        }
        return result;
    }

    private ObjectNode delete(Call call) {
        StoredActivity activity = activity(call);
        String type = call.param("type");
        String userId = call.query("user_id") == null ? call.userId() : call.query("user_id");
        if (userId == null) {
            throw StreamError.badRequest("user_id is required");
        }
        StoredReaction reaction = state.activities()
                .reaction(activity.id(), type, userId)
                .orElseThrow(() -> StreamError.notFound("reaction " + type + " by " + userId + " does not exist"));
        state.activities().removeReaction(activity.id(), type, userId);
        return answer(activity, reaction);
    }

    private StoredActivity activity(Call call) {
        String id = call.param("activity_id");
        return state.activities()
                .live(id)
                .orElseThrow(() -> StreamError.notFound("activity " + id + " does not exist"));
    }

    private ObjectNode answer(StoredActivity activity, StoredReaction reaction) {
        ObjectNode result = Json.object();
        result.set("activity", ActivityJson.activity(state, activity));
        result.set("reaction", ActivityJson.reaction(state, reaction));
        return result;
    }
}
