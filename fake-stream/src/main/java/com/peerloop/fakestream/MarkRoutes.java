package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code POST /api/v2/feeds/feed_groups/{g}/feeds/{f}/activities/mark/batch} (spec MarkActivity, SDK 4.1.1
 * {@code markActivity}). Body MarkActivityRequest: {@code mark_read}/{@code mark_seen} name groups of an
 * aggregated feed (js notification-feed.test.ts marks {@code group} strings) or activity ids of a feed without
 * aggregation (js flat-notification-feed.test.ts); {@code mark_all_read}/{@code mark_all_seen} cover every group
 * present now and set {@code last_read_at}/{@code last_seen_at}. Each mark covers only what exists when it is set
 * (docs read-seen-ranking), so a group that gets a newer activity is unread/unseen again.
 *
 * <p>Unverified: that only {@code mark_all_*} moves {@code last_*_at} (js notification-feed.test.ts notes this
 * for {@code last_seen_at}); that ids naming no current group are ignored; that marks are kept when the group
 * tracks neither; {@code mark_watched} (stories) is accepted and ignored; {@code user_id} is not required. The
 * spec answers 201; the fake's dispatcher answers 200, which the SDK takes as success like any 2xx.
 */
final class MarkRoutes {

    static final String MARK = FeedRoutes.FEED + "/activities/mark/batch";

    private final FakeStreamState state;

    MarkRoutes(FakeStreamState state) {
        this.state = state;
    }

    void register(RouteTable table) {
        table.add("POST", MARK, "markActivity", this::mark);
    }

    private ObjectNode mark(Call call) {
        String group = call.param("feed_group_id");
        StoredFeedGroup config = FeedReads.requireGroup(state, group);
        StoredFeed feed = FeedReads.requireFeed(state, group + ":" + call.param("feed_id"));
        List<StoredActivity> all = FeedReads.activities(state, feed);
        String format = config.aggregationFormat();
        Set<String> present = (format == null ? ActivityGroup.single(all) : ActivityGroup.group(all, format))
                .stream().map(ActivityGroup::key).collect(Collectors.toSet());
        JsonNode body = call.body();
        long mark = state.nextSeq();
        Instant now = state.now();
        FeedMarks marks = state.activities()
                .marks(feed.fid())
                .markRead(known(body, "mark_read", present), mark)
                .markSeen(known(body, "mark_seen", present), mark);
        if (Json.flag(body, "mark_all_read")) {
            marks = marks.markAllRead(mark, now);
        }
        if (Json.flag(body, "mark_all_seen")) {
            marks = marks.markAllSeen(mark, now);
        }
        state.activities().putMarks(feed.fid(), marks);
        return Json.object();
    }

    private static List<String> known(JsonNode body, String field, Set<String> present) {
        return Json.strings(body, field).stream()
                .filter(present::contains)
                .distinct()
                .toList();
    }
}
