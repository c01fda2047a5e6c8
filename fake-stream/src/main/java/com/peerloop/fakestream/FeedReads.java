package com.peerloop.fakestream;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which activities a feed shows (fan-out on read): its own, plus, when its group has a {@code following}
 * activity selector (seeded {@code timeline} and {@code stories}), the own activities of every feed it follows
 * with status {@code accepted}. Deleted activities are left out; the result is newest first, without duplicates.
 */
final class FeedReads {

    private FeedReads() {}

    static List<StoredActivity> activities(FakeStreamState state, StoredFeed feed) {
        Map<String, StoredActivity> byId = new LinkedHashMap<>();
        state.activities().inFeed(feed.fid()).forEach(activity -> byId.put(activity.id(), activity));
        boolean following = state.feedGroups()
                .get(feed.group())
                .map(group -> group.hasSelector("following"))
                .orElse(false);
        if (following) {
            for (StoredFollow follow : state.follows().following(feed.fid())) {
                if ("accepted".equals(follow.status())) {
                    state.activities()
                            .inFeed(follow.target())
                            .forEach(activity -> byId.putIfAbsent(activity.id(), activity));
                }
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparingLong(StoredActivity::seq).reversed())
                .toList();
    }

    /** The group of a fid path pair, or 404 / code 16 when it is missing or soft-deleted. */
    static StoredFeedGroup requireGroup(FakeStreamState state, String group) {
        return state.feedGroups()
                .active(group)
                .orElseThrow(() -> StreamError.notFound("feed group " + group + " does not exist"));
    }

    /** The feed, or 404 / code 16. */
    static StoredFeed requireFeed(FakeStreamState state, String fid) {
        return state.feeds().get(fid).orElseThrow(() -> StreamError.notFound("feed " + fid + " does not exist"));
    }
}
