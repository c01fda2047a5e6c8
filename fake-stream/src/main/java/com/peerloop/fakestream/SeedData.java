package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * The built-in feed groups a fresh Stream app has. The selector types follow Stream's documented defaults
 * ({@code user} shows its own activities, {@code timeline} those of followed feeds), spelled as the spec's
 * ActivitySelectorConfig.type enum ({@code current_feed}, {@code following}, {@code popular}); visibility is
 * Stream's default {@code visible} everywhere.
 */
final class SeedData {

    static final List<String> GROUP_IDS = List.of("user", "timeline", "foryou", "notification", "story", "stories");

    /**
     * Grouping by type and day: the format the v3 docs give for a notification group (activity-feeds/docs/.../
     * notification-feeds and .../aggregation, whose example group is {@code reaction-2025-07-30}). That the
     * built-in group starts with exactly this format is unverified (the docs say only that it "comes with the
     * necessary configurations"); the gateway provisions it explicitly either way.
     */
    static final String NOTIFICATION_FORMAT = "{{ type }}-{{ time.strftime(\"%Y-%m-%d\") }}";

    private SeedData() {}

    static List<StoredFeedGroup> feedGroups(Instant at) {
        return List.of(
                group("user", "current_feed", at),
                group("timeline", "following", at),
                group("foryou", "popular", at),
                withNotification(group("notification", "current_feed", at)),
                group("story", "current_feed", at),
                group("stories", "following", at));
    }

    private static StoredFeedGroup group(String id, String selector, Instant at) {
        ObjectNode config = Json.object();
        config.put("default_visibility", "visible");
        config.putArray("activity_selectors").addObject().put("type", selector);
        return new StoredFeedGroup(id, config, at, at, null);
    }

    /** The built-in {@code notification} group: read/seen tracking on, aggregated by type and day. */
    private static StoredFeedGroup withNotification(StoredFeedGroup group) {
        ObjectNode config = (ObjectNode) group.config();
        config.putObject("notification").put("track_seen", true).put("track_read", true);
        config.putObject("aggregation").put("format", NOTIFICATION_FORMAT);
        return group;
    }
}
