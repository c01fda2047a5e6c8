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
        return activity(state, activity, null);
    }

    /**
     * The activity as {@code viewerId} sees it: {@code own_bookmarks} lists that user's bookmarks of it (spec
     * ActivityResponse.own_bookmarks*: [BookmarkResponse]); empty without a viewer. {@code bookmark_count} counts
     * everyone's (spec ActivityResponse.bookmark_count*).
     */
    static ObjectNode activity(FakeStreamState state, StoredActivity activity, String viewerId) {
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
        json.put("bookmark_count", state.activities().bookmarksOf(activity.id()).size());
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
        ArrayNode own = json.putArray("own_bookmarks");
        if (viewerId != null) {
            // the nested activity is rendered without a viewer, which ends the recursion
            state.activities()
                    .bookmark(activity.id(), viewerId)
                    .ifPresent(bookmark -> own.add(bookmark(state, bookmark, null)));
        }
        json.putArray("own_reactions");
        json.putObject("collections");
        json.putObject("search_data");
        state.activities()
                .notificationContext(activity.id())
                .ifPresent(context -> json.set("notification_context", context.deepCopy()));
        return json;
    }

    /**
     * A bookmark (spec BookmarkResponse, required object_type, object_id, user, activity, created_at,
     * updated_at; activity_id and custom optional). The activity is rendered as {@code viewerId} sees it.
     */
    static ObjectNode bookmark(FakeStreamState state, StoredBookmark bookmark, String viewerId) {
        ObjectNode json = Json.object();
        json.put("object_type", "activity");
        json.put("object_id", bookmark.activityId());
        json.put("activity_id", bookmark.activityId());
        json.set("user", UserJson.user(state, bookmark.userId()));
        state.activities()
                .get(bookmark.activityId())
                .ifPresent(activity -> json.set("activity", activity(state, activity, viewerId)));
        Json.putTime(json, "created_at", bookmark.createdAt());
        Json.putTime(json, "updated_at", bookmark.updatedAt());
        json.set(
                "custom",
                bookmark.custom() == null ? Json.object() : bookmark.custom().deepCopy());
        return json;
    }

    /** A pin (spec ActivityPinResponse, all required: user, activity, feed, created_at, updated_at). */
    static ObjectNode pin(FakeStreamState state, StoredPin pin, StoredActivity activity, String viewerId) {
        ObjectNode json = Json.object();
        json.set("user", UserJson.user(state, pin.userId()));
        json.set("activity", activity(state, activity, viewerId));
        json.put("feed", pin.fid());
        Json.putTime(json, "created_at", pin.createdAt());
        Json.putTime(json, "updated_at", pin.createdAt());
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
