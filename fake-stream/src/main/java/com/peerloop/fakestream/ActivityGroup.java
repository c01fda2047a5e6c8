package com.peerloop.fakestream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What read/seen marks apply to in a tracked feed: an aggregated group, or (in a tracked feed without
 * aggregation) a single activity, whose key is then the activity id (as the js SDK's flat-notification-feed test
 * marks activities by id).
 *
 * @param key the group string ({@code group} in AggregatedActivityResponse), or the activity id
 * @param activities the group's activities, newest first (spec AggregationConfig.activities_sort default
 *     {@code created_at_desc})
 */
record ActivityGroup(String key, List<StoredActivity> activities) {

    ActivityGroup {
        activities = List.copyOf(activities);
    }

    /**
     * Groups a feed's activities (newest first) by the rendered {@code format}. Groups come newest first by their
     * latest activity, i.e. by {@code updated_at} (Stream's aggregated feeds are sorted by the group's
     * {@code updated_at}: blog "Aggregated Feeds – Demystified").
     */
    static List<ActivityGroup> group(List<StoredActivity> newestFirst, String format) {
        Map<String, List<StoredActivity>> byKey = new LinkedHashMap<>();
        for (StoredActivity activity : newestFirst) {
            byKey.computeIfAbsent(AggregationFormat.key(format, activity), key -> new ArrayList<>())
                    .add(activity);
        }
        List<ActivityGroup> groups = new ArrayList<>();
        byKey.forEach((key, activities) -> groups.add(new ActivityGroup(key, activities)));
        return groups;
    }

    /** Every activity as its own unit, for a tracked feed without aggregation. */
    static List<ActivityGroup> single(List<StoredActivity> newestFirst) {
        return newestFirst.stream()
                .map(activity -> new ActivityGroup(activity.id(), List.of(activity)))
                .toList();
    }

    /** The sequence number of the newest activity: a mark set after it covers the whole group. */
    long latestSeq() {
        return activities.get(0).seq();
    }

    Instant updatedAt() {
        return activities.get(0).createdAt();
    }

    Instant createdAt() {
        return activities.get(activities.size() - 1).createdAt();
    }

    /** Distinct actors ({@code user_count}: "how many different users are in the group", docs aggregation). */
    int userCount() {
        return (int) activities.stream().map(StoredActivity::userId).distinct().count();
    }
}
