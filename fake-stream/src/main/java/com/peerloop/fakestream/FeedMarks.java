package com.peerloop.fakestream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read and seen marks of one feed. A mark is the state's sequence number when it was set: it covers a
 * group whose newest activity is not newer ("A mark only applies to activities created at or before the time it
 * was set. On aggregated notification feeds, a group that is updated after it was marked counts as unread or
 * unseen again": docs read-seen-ranking).
 *
 * @param read marks by group key, oldest mark first; at most {@value #KEPT} are kept (spec
 *     NotificationStatusResponse.read_activities: "Capped at ~101 entries")
 * @param allRead the mark of {@code mark_all_read}, or {@code null}
 * @param lastReadAt when {@code mark_all_read} was last sent
 */
record FeedMarks(
        Map<String, Long> read,
        Map<String, Long> seen,
        Long allRead,
        Long allSeen,
        Instant lastReadAt,
        Instant lastSeenAt) {

    static final int KEPT = 100;
    static final FeedMarks NONE = new FeedMarks(Map.of(), Map.of(), null, null, null, null);

    FeedMarks {
        read = new LinkedHashMap<>(read);
        seen = new LinkedHashMap<>(seen);
    }

    boolean isRead(ActivityGroup group) {
        return covers(allRead, group) || covers(read.get(group.key()), group);
    }

    boolean isSeen(ActivityGroup group) {
        return covers(allSeen, group) || covers(seen.get(group.key()), group);
    }

    FeedMarks markRead(Collection<String> keys, long mark) {
        return new FeedMarks(marked(read, keys, mark), seen, allRead, allSeen, lastReadAt, lastSeenAt);
    }

    FeedMarks markSeen(Collection<String> keys, long mark) {
        return new FeedMarks(read, marked(seen, keys, mark), allRead, allSeen, lastReadAt, lastSeenAt);
    }

    FeedMarks markAllRead(long mark, Instant at) {
        return new FeedMarks(read, seen, mark, allSeen, at, lastSeenAt);
    }

    FeedMarks markAllSeen(long mark, Instant at) {
        return new FeedMarks(read, seen, allRead, mark, lastReadAt, at);
    }

    /**
     * The keys of {@code groups} whose own mark still covers them, newest mark first (unverified: whether a group
     * updated after its mark stays listed, and whether {@code mark_all_*} lists every group; here neither).
     */
    static List<String> listed(Map<String, Long> marks, List<ActivityGroup> groups) {
        Map<String, ActivityGroup> byKey = new LinkedHashMap<>();
        groups.forEach(group -> byKey.put(group.key(), group));
        List<String> keys = new ArrayList<>();
        marks.forEach((key, mark) -> {
            ActivityGroup group = byKey.get(key);
            if (group != null && covers(mark, group)) {
                keys.add(0, key);
            }
        });
        return keys;
    }

    private static boolean covers(Long mark, ActivityGroup group) {
        return mark != null && group.latestSeq() <= mark;
    }

    private static Map<String, Long> marked(Map<String, Long> marks, Collection<String> keys, long mark) {
        Map<String, Long> result = new LinkedHashMap<>(marks);
        for (String key : keys) {
            result.remove(key);
            result.put(key, mark);
        }
        while (result.size() > KEPT) {
            result.remove(result.keySet().iterator().next());
        }
        return result;
    }
}
