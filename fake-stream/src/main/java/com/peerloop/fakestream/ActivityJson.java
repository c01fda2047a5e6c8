package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;

/** Renders activities and reactions; counts and reaction groups are derived from the state when rendering. */
final class ActivityJson {

    private static final int LATEST_REACTIONS = 10;

    private ActivityJson() {}

    static ObjectNode activity(FakeStreamState state, StoredActivity activity) {
        ObjectNode json = Json.object();
        json.put("id", activity.id());
        json.put("type", activity.type());
        Json.putTime(json, "created_at", activity.createdAt());
        Json.putTime(json, "updated_at", activity.updatedAt());
        Json.putTime(json, "deleted_at", activity.deletedAt());
        Json.putTime(json, "edited_at", activity.editedAt());
        json.set("user", UserJson.user(state, activity.userId()));
        json.set("feeds", Json.MAPPER.valueToTree(activity.feeds()));
        if (activity.text() != null) {
            json.put("text", activity.text());
        }
        json.put("visibility", activity.visibility());
        json.put("restrict_replies", "everyone");
        json.put("hidden", false);
        json.put("preview", false);
        json.put("popularity", 0);
        json.put("score", 0.0);
        json.put("bookmark_count", 0);
        json.put("share_count", 0);
        json.put("comment_count", state.comments().on("activity", activity.id()).size());
        putReactions(state, activity.id(), json);
        json.set("attachments", attachments(activity.attachments()));
        json.set(
                "custom",
                activity.custom() == null ? Json.object() : activity.custom().deepCopy());
        json.set("filter_tags", Json.MAPPER.valueToTree(activity.filterTags()));
        json.putArray("comments");
        json.putArray("interest_tags");
        json.putArray("mentioned_users");
        json.putArray("own_bookmarks");
        json.putArray("own_reactions");
        json.putObject("collections");
        json.putObject("search_data");
        state.activities()
                .notificationContext(activity.id())
                .ifPresent(context -> json.set("notification_context", context.deepCopy()));
        return json;
    }

    static ObjectNode reaction(FakeStreamState state, StoredReaction reaction) {
        ObjectNode json = Json.object();
        json.put("activity_id", reaction.activityId());
        json.put("type", reaction.type());
        json.set("user", UserJson.user(state, reaction.userId()));
        Json.putTime(json, "created_at", reaction.createdAt());
        Json.putTime(json, "updated_at", reaction.updatedAt());
        json.set(
                "custom",
                reaction.custom() == null ? Json.object() : reaction.custom().deepCopy());
        return json;
    }

    private static void putReactions(FakeStreamState state, String activityId, ObjectNode json) {
        List<StoredReaction> reactions = state.activities().reactions(activityId);
        json.put("reaction_count", reactions.size());
        ObjectNode groups = json.putObject("reaction_groups");
        for (StoredReaction reaction : reactions) {
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
                .sorted(Comparator.comparingLong(StoredReaction::seq).reversed())
                .limit(LATEST_REACTIONS)
                .forEach(reaction -> latest.add(reaction(state, reaction)));
    }

    /** The stored attachments, each with the {@code custom} object the SDK's model requires. */
    static ArrayNode attachments(JsonNode stored) {
        ArrayNode result = Json.array();
        if (stored != null && stored.isArray()) {
            for (JsonNode attachment : stored) {
                ObjectNode copy = attachment.isObject() ? (ObjectNode) attachment.deepCopy() : Json.object();
                if (!copy.has("custom")) {
                    copy.putObject("custom");
                }
                result.add(copy);
            }
        }
        return result;
    }
}
