package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * PinActivity {@code POST} and UnpinActivity {@code DELETE} of
 * {@code /api/v2/feeds/feed_groups/{g}/feeds/{f}/activities/{activity_id}/pin} (spec; SDK 4.1.1
 * {@code pinActivity}/{@code unpinActivity}). The pin answers PinActivityResponse (activity, feed, user_id,
 * created_at), the unpin UnpinActivityResponse (activity, feed, user_id); the feed's read then lists the pin in
 * {@code pinned_activities} (docs /activity-feeds/docs/&lt;lang&gt;/pins).
 *
 * <p>Unverified, each the stricter reading: a server-side call must name the user ({@code user_id} or
 * {@code user.id}; the docs' server examples always pass one); pinning an activity that is not in that feed is
 * 404 like a missing activity; pinning an activity already pinned there is refused (400 / code 4) rather than
 * refreshed; unpinning an activity that is not pinned there is 404. Stream's limit on pins per feed is not
 * documented; the fake has none.
 */
final class PinRoutes {

    static final String PIN = FeedRoutes.FEED + "/activities/{activity_id}/pin";

    private final FakeStreamState state;

    PinRoutes(FakeStreamState state) {
        this.state = state;
    }

    void register(RouteTable table) {
        table.add("POST", PIN, "pinActivity", this::pin).add("DELETE", PIN, "unpinActivity", this::unpin);
    }

    private ObjectNode pin(Call call) {
        String userId = userId(call, Json.text(call.body(), "user_id"));
        if (userId == null && Json.field(call.body(), "user") != null) {
            userId = Json.text(Json.field(call.body(), "user"), "id");
        }
        String fid = feed(call);
        StoredActivity activity = activityIn(call, fid);
        if (state.activities().pin(fid, activity.id()).isPresent()) {
            throw StreamError.badRequest("activity " + activity.id() + " is already pinned to " + fid);
        }
        requireUser(userId);
        StoredPin pin = new StoredPin(fid, activity.id(), userId, state.now(), state.nextSeq());
        state.activities().putPin(pin);
        ObjectNode result = answer(activity, fid, userId);
        Json.putTime(result, "created_at", pin.createdAt());
        return result;
    }

    private ObjectNode unpin(Call call) {
        String userId = userId(call, call.query("user_id"));
        String fid = feed(call);
        requireUser(userId);
        String activityId = call.param("activity_id");
        if (state.activities().pin(fid, activityId).isEmpty()) {
            throw StreamError.notFound("activity " + activityId + " is not pinned to " + fid);
        }
        StoredActivity activity = state.activities()
                .get(activityId)
                .orElseThrow(() -> StreamError.notFound("activity " + activityId + " does not exist"));
        state.activities().removePin(fid, activityId);
        return answer(activity, fid, userId);
    }

    private static String userId(Call call, String given) {
        return given == null || given.isEmpty() ? call.userId() : given;
    }

    private static void requireUser(String userId) {
        if (userId == null || userId.isEmpty()) {
            throw StreamError.invalidField("user_id", "user_id is required for server-side requests");
        }
    }

    private String feed(Call call) {
        String group = call.param("feed_group_id");
        FeedReads.requireGroup(state, group);
        return FeedReads.requireFeed(state, group + ":" + call.param("feed_id")).fid();
    }

    private StoredActivity activityIn(Call call, String fid) {
        String id = call.param("activity_id");
        return state.activities()
                .live(id)
                .filter(activity -> activity.feeds().contains(fid))
                .orElseThrow(() -> StreamError.notFound("activity " + id + " does not exist in feed " + fid));
    }

    private ObjectNode answer(StoredActivity activity, String fid, String userId) {
        ObjectNode result = Json.object();
        result.set("activity", ActivityJson.activity(state, activity, userId));
        result.put("feed", fid);
        result.put("user_id", userId);
        return result;
    }
}
