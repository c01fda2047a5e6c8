package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Renders aggregated groups (spec AggregatedActivityResponse) and {@code notification_status}. */
final class NotificationJson {

    private NotificationJson() {}

    /**
     * One group. {@code is_read}/{@code is_seen} are spec fields (not in SDK 4.1.1) "only set for feed groups
     * with notification config". Unverified: that every activity of the group is listed (Stream lists "the latest"
     * ones, docs aggregation; the cap, app setting {@code max_aggregated_activities_length}, has no documented
     * default) and that {@code score} is 0 without ranking (the docs' example shows 0).
     */
    static ObjectNode group(FakeStreamState state, ActivityGroup group, StoredFeedGroup config, FeedMarks marks) {
        ObjectNode json = Json.object();
        ArrayNode activities = json.putArray("activities");
        group.activities().forEach(activity -> activities.add(ActivityJson.activity(state, activity)));
        json.put("activity_count", group.activities().size());
        json.put("user_count", group.userCount());
        json.put("user_count_truncated", false);
        json.put("group", group.key());
        json.put("score", 0.0);
        Json.putTime(json, "created_at", group.createdAt());
        Json.putTime(json, "updated_at", group.updatedAt());
        if (config.tracksRead()) {
            json.put("is_read", marks.isRead(group));
        }
        if (config.tracksSeen()) {
            json.put("is_seen", marks.isSeen(group));
        }
        return json;
    }

    /**
     * {@code notification_status} over all of the feed's groups (or activities, without aggregation), not only the
     * page: unread/unseen count groups ("When you have aggregation turned on, unread/unseen will refer to the number
     * of aggregated groups", docs notification-feeds; js notification-feed.test.ts: three groups, unread 3).
     * {@code read_activities}/{@code seen_activities} are left out until something is marked (js
     * aggregated-feed-pagination.test.ts expects them undefined at first). Unverified: a count whose tracking is
     * off is 0.
     */
    static ObjectNode status(StoredFeedGroup config, FeedMarks marks, List<ActivityGroup> groups) {
        ObjectNode json = Json.object();
        json.put(
                "unread",
                config.tracksRead()
                        ? groups.stream().filter(g -> !marks.isRead(g)).count()
                        : 0);
        json.put(
                "unseen",
                config.tracksSeen()
                        ? groups.stream().filter(g -> !marks.isSeen(g)).count()
                        : 0);
        Json.putTime(json, "last_read_at", marks.lastReadAt());
        Json.putTime(json, "last_seen_at", marks.lastSeenAt());
        putKeys(json, "read_activities", FeedMarks.listed(marks.read(), groups));
        putKeys(json, "seen_activities", FeedMarks.listed(marks.seen(), groups));
        return json;
    }

    private static void putKeys(ObjectNode json, String name, List<String> keys) {
        if (!keys.isEmpty()) {
            keys.forEach(json.putArray(name)::add);
        }
    }
}
