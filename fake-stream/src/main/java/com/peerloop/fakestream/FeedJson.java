package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** Renders feeds, feed groups, follows and members as the SDK's response models. */
final class FeedJson {

    private FeedJson() {}

    /** {@code FeedResponse} for a fid; a feed missing from the state renders from its fid alone. */
    static ObjectNode feed(FakeStreamState state, String fid) {
        return feed(state, state.feeds().get(fid).orElseGet(() -> missingFeed(fid)));
    }

    static ObjectNode feed(FakeStreamState state, StoredFeed feed) {
        String fid = feed.fid();
        ObjectNode json = Json.object();
        json.put("id", feed.id());
        json.put("group_id", feed.group());
        json.put("feed", fid);
        json.put("name", feed.name() == null ? "" : feed.name());
        json.put("description", feed.description() == null ? "" : feed.description());
        Json.putTime(json, "created_at", feed.createdAt());
        Json.putTime(json, "updated_at", feed.updatedAt());
        json.set("created_by", UserJson.user(state, feed.createdBy()));
        json.put("activity_count", state.activities().countInFeed(fid));
        json.put("follower_count", state.follows().countFollowers(fid));
        json.put("following_count", state.follows().countFollowing(fid));
        json.put("member_count", state.feeds().countMembers(fid));
        json.put("pin_count", 0);
        json.put("visibility", Visibility.of(state, feed));
        json.set("filter_tags", Json.MAPPER.valueToTree(feed.filterTags()));
        if (feed.custom() != null) {
            json.set("custom", feed.custom().deepCopy());
        }
        return json;
    }

    static ObjectNode group(StoredFeedGroup group) {
        ObjectNode json = group.config() == null
                ? Json.object()
                : (ObjectNode) group.config().deepCopy();
        json.put("id", group.id());
        Json.putTime(json, "created_at", group.createdAt());
        Json.putTime(json, "updated_at", group.updatedAt());
        Json.putTime(json, "deleted_at", group.deletedAt());
        return json;
    }

    static ObjectNode follow(FakeStreamState state, StoredFollow follow) {
        ObjectNode json = Json.object();
        json.set("source_feed", feed(state, follow.source()));
        json.set("target_feed", feed(state, follow.target()));
        json.put("status", follow.status());
        json.put("follower_role", "");
        json.put("push_preference", follow.pushPreference());
        Json.putTime(json, "created_at", follow.createdAt());
        Json.putTime(json, "updated_at", follow.updatedAt());
        putCustom(json, follow.custom());
        return json;
    }

    static ObjectNode member(FakeStreamState state, StoredMember member) {
        ObjectNode json = Json.object();
        json.set("user", UserJson.user(state, member.userId()));
        json.put("role", member.role());
        json.put("status", member.status());
        Json.putTime(json, "created_at", member.createdAt());
        Json.putTime(json, "updated_at", member.updatedAt());
        putCustom(json, member.custom());
        return json;
    }

    private static void putCustom(ObjectNode json, JsonNode custom) {
        if (custom != null) {
            json.set("custom", custom.deepCopy());
        }
    }

    private static StoredFeed missingFeed(String fid) {
        int colon = fid.indexOf(':');
        String group = colon < 0 ? "" : fid.substring(0, colon);
        String id = colon < 0 ? fid : fid.substring(colon + 1);
        return new StoredFeed(group, id, null, null, null, List.of(), null, null, Instant.EPOCH, Instant.EPOCH);
    }
}
