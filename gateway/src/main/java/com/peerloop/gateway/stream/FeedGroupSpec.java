package com.peerloop.gateway.stream;

import com.peerloop.gateway.ids.FeedGroup;

/**
 * The settings the gateway wants one Stream feed group to have. A null setting is left as Stream has it.
 *
 * @param group             the group
 * @param defaultVisibility visibility of feeds created in the group from now on, e.g. {@code members}
 * @param selector          activity selector type for a new group, e.g. {@code current_feed}
 * @param aggregationFormat how activities are grouped, e.g. by type and day
 * @param trackReadAndSeen  whether read and seen state is tracked (a notification group)
 */
public record FeedGroupSpec(
        FeedGroup group,
        String defaultVisibility,
        String selector,
        String aggregationFormat,
        Boolean trackReadAndSeen) {

    /**
     * Group by activity type and day: the format Stream's aggregation docs give for a notification group
     * ("Group by activity type and day").
     */
    public static final String BY_TYPE_AND_DAY = "{{ type }}-{{ time.strftime(\"%Y-%m-%d\") }}";

    /** A group whose feeds show their own activities ({@code current_feed}), with this default visibility. */
    public static FeedGroupSpec ownActivities(FeedGroup group, String defaultVisibility) {
        return new FeedGroupSpec(group, defaultVisibility, "current_feed", null, null);
    }

    /** The built-in {@code notification} group, aggregated by type and day, read and seen tracked. */
    public static FeedGroupSpec notifications() {
        return new FeedGroupSpec(FeedGroup.NOTIFICATION, null, null, BY_TYPE_AND_DAY, true);
    }
}
