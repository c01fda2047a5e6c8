package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST|DELETE /api/v2/feeds/feed_groups/{g}/feeds/{f}}. Get-or-create creates a missing feed (its group
 * must exist) from {@code user_id} and {@code data} (name, description, visibility, filter_tags, custom, members);
 * {@code data} is ignored for an existing feed. A new feed keeps {@code data.visibility}, else the group's
 * {@code default_visibility} of that moment (docs: feed-and-activity-visibility). A server-side get-or-create
 * with {@code user_id} creates that user when missing and never changes an existing one (docs: feeds). It answers the feed's activities (see {@link FeedReads}) one page
 * at a time ({@code limit}, default 25, max 100; {@code next}), plus the first followers, followings and members
 * (25 of each, or {@code followers_pagination.limit} / {@code following_pagination.limit} /
 * {@code member_pagination.limit}, at most 100). A group with an aggregation format answers groups instead
 * (see {@link #putActivities}).
 */
final class FeedRoutes {

    static final String FEED = "/api/v2/feeds/feed_groups/{feed_group_id}/feeds/{feed_id}";
    private static final int RELATED_LIMIT = 25;
    private static final int RELATED_MAX = 100;

    private final FakeStreamState state;

    FeedRoutes(FakeStreamState state) {
        this.state = state;
    }

    void register(RouteTable table) {
        table.addUserReadable("POST", FEED, "getOrCreateFeed", this::getOrCreate)
                .add("DELETE", FEED, "deleteFeed", this::delete);
    }

    private ObjectNode getOrCreate(Call call) {
        String group = call.param("feed_group_id");
        String fid = group + ":" + call.param("feed_id");
        StoredFeedGroup feedGroup = FeedReads.requireGroup(state, group);
        StoredFeed feed = state.feeds().get(fid).orElse(null);
        boolean created = feed == null;
        if (!call.isServer()) {
            Visibility.requireClientGetOrCreate(
                    call.userId(), call.param("feed_id"), Json.text(call.body(), "user_id"), created);
        }
        if (created) {
            feed = create(feedGroup, call);
        } else if (call.isServer()) {
            FeedCreation.ensureUser(state, Json.text(call.body(), "user_id"));
        }
        Visibility.requireRead(state, fid, call.userId());
        JsonNode body = call.body();
        ObjectNode result = Json.object();
        result.put("created", created);
        result.set("feed", FeedJson.feed(state, feed));
        String viewer = call.isServer() ? Json.text(body, "user_id") : call.userId();
        putActivities(result, feedGroup, feed, body, call.userId(), viewer);
        ArrayNode followers = result.putArray("followers");
        state.follows().followers(fid).stream()
                .limit(relatedLimit(body, "followers_pagination"))
                .forEach(follow -> followers.add(FeedJson.follow(state, follow)));
        ArrayNode following = result.putArray("following");
        state.follows().following(fid).stream()
                .limit(relatedLimit(body, "following_pagination"))
                .forEach(follow -> following.add(FeedJson.follow(state, follow)));
        ArrayNode members = result.putArray("members");
        state.feeds().members(fid).stream()
                .limit(relatedLimit(body, "member_pagination"))
                .forEach(member -> members.add(FeedJson.member(state, member)));
        putPins(result, feed, call.userId(), viewer);
        return result;
    }

    /**
     * One page of the feed: of its activities, or, when the group has an {@code aggregation.format}, of its groups
     * in {@code aggregated_activities} (newest first, {@code limit}/{@code next} counting groups: js
     * aggregated-feed-pagination.test.ts, limit 2 over three groups answers two and a {@code next}). Unverified:
     * whether {@code activities} is also filled for an aggregated feed; here the stricter reading, empty. A group
     * with read or seen tracking adds {@code notification_status}.
     */
    private void putActivities(
            ObjectNode result, StoredFeedGroup config, StoredFeed feed, JsonNode body, String userId, String viewer) {
        List<StoredActivity> all = FeedReads.activities(state, feed).stream()
                .filter(activity -> Visibility.canReadActivity(state, activity, userId))
                .toList();
        Integer limit = Json.integer(body, "limit");
        String next = Json.text(body, "next");
        FeedMarks marks = state.activities().marks(feed.fid());
        ArrayNode activities = result.putArray("activities");
        ArrayNode aggregated = result.putArray("aggregated_activities");
        String format = config.aggregationFormat();
        String cursor;
        if (format == null) {
            Paging.Page<StoredActivity> page = Paging.page(all, StoredActivity::seq, true, limit, next);
            page.items().forEach(activity -> activities.add(ActivityJson.activity(state, activity, viewer)));
            cursor = page.next();
        } else {
            Paging.Page<ActivityGroup> page =
                    Paging.page(ActivityGroup.group(all, format), ActivityGroup::latestSeq, true, limit, next);
            page.items().forEach(group -> aggregated.add(NotificationJson.group(state, group, config, marks)));
            cursor = page.next();
        }
        if (cursor != null) {
            result.put("next", cursor);
        }
        if (config.tracksRead() || config.tracksSeen()) {
            List<ActivityGroup> units = format == null ? ActivityGroup.single(all) : ActivityGroup.group(all, format);
            result.set("notification_status", NotificationJson.status(config, marks, units));
        }
    }

    /**
     * {@code pinned_activities} (spec GetOrCreateFeedResponse.pinned_activities*: [ActivityPinResponse]; docs
     * /activity-feeds/docs/&lt;lang&gt;/pins: "when you read a feed pinned activities are automatically returned"),
     * newest pin first (unverified), on every page (unverified: the spec has no paging of them). A pin whose
     * activity is soft-deleted or not readable by the caller is left out (docs pins, queryPinnedActivities:
     * soft-deleted activities are not returned; assumed here for the feed read too, unverified).
     */
    private void putPins(ObjectNode result, StoredFeed feed, String userId, String viewer) {
        ArrayNode pinned = result.putArray("pinned_activities");
        for (StoredPin pin : state.activities().pins(feed.fid())) {
            state.activities()
                    .live(pin.activityId())
                    .filter(activity -> Visibility.canReadActivity(state, activity, userId))
                    .ifPresent(activity -> pinned.add(ActivityJson.pin(state, pin, activity, viewer)));
        }
    }

    private static int relatedLimit(JsonNode body, String pagination) {
        Integer limit = Json.integer(Json.field(body, pagination), "limit");
        return limit == null ? RELATED_LIMIT : Math.max(0, Math.min(limit, RELATED_MAX));
    }

    private StoredFeed create(StoredFeedGroup group, Call call) {
        JsonNode data = Json.field(call.body(), "data");
        String creator = Json.text(call.body(), "user_id") == null ? call.userId() : Json.text(call.body(), "user_id");
        String visibility = Json.text(data, "visibility");
        FeedGroupRules.checkFeedVisibility(visibility);
        JsonNode members = Json.field(data, "members");
        MemberRoutes.check(state, members, creator);
        if (call.isServer()) {
            FeedCreation.ensureUser(state, creator);
        }
        Instant now = state.now();
        StoredFeed feed = FeedCreation.create(state, group, call.param("feed_id"), creator, visibility, data, now);
        if (members != null) {
            MemberRoutes.upsert(state, feed.fid(), members, now);
        }
        return feed;
    }

    /** Removes the feed, its members and every follow involving it; its activities leave it (and go if orphaned). */
    private ObjectNode delete(Call call) {
        String fid = call.param("feed_group_id") + ":" + call.param("feed_id");
        FeedReads.requireFeed(state, fid);
        state.feeds().remove(fid);
        state.feeds().removeMembers(fid);
        state.follows().removeInvolving(fid);
        state.activities().removeMarks(fid);
        state.activities().removePins(fid);
        Instant now = state.now();
        for (StoredActivity activity : state.activities().withFeed(fid)) {
            List<String> rest = activity.feeds().stream()
                    .filter(other -> !other.equals(fid))
                    .toList();
            if (rest.isEmpty()) {
                state.activities().remove(activity.id());
            } else {
                state.activities().put(activity.withFeeds(rest, now));
            }
        }
        ObjectNode result = Json.object();
        result.put("task_id", UUID.randomUUID().toString());
        return result;
    }
}
