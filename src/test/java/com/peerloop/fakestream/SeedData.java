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

  private static StoredFeedGroup withNotification(StoredFeedGroup group) {
    ((ObjectNode) group.config()).putObject("notification").put("track_seen", true).put("track_read", true);
    return group;
  }
}
