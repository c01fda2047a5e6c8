package com.peerloop.gateway.stream;

import io.getstream.models.ActivitySelectorConfig;
import io.getstream.models.AggregationConfig;
import io.getstream.models.FeedGroupResponse;
import io.getstream.models.GetOrCreateFeedGroupRequest;
import io.getstream.models.NotificationConfig;
import io.getstream.models.UpdateFeedGroupRequest;
import io.getstream.services.Feeds;
import io.getstream.services.framework.StreamSDKClient;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * {@link StreamFeedGroups} on the Stream SDK: get-or-create, then an update of the settings that differ.
 * Selector types are those of Stream's spec (ActivitySelectorConfig.type: {@code current_feed}, …).
 */
@Component
class SdkStreamFeedGroups implements StreamFeedGroups {

    private final Feeds feeds;
    private final StreamCalls calls;

    SdkStreamFeedGroups(StreamSDKClient client, StreamCalls calls) {
        this.feeds = client.feeds();
        this.calls = calls;
    }

    @Override
    public Outcome ensure(FeedGroupSpec spec) {
        var request = GetOrCreateFeedGroupRequest.builder()
                .defaultVisibility(spec.defaultVisibility())
                .activitySelectors(
                        spec.selector() == null
                                ? null
                                : List.of(ActivitySelectorConfig.builder()
                                        .type(spec.selector())
                                        .build()))
                .aggregation(aggregation(spec))
                .notification(tracking(spec, null))
                .build();
        var response = calls.execute(
                "getOrCreateFeedGroup",
                () -> feeds.getOrCreateFeedGroup(spec.group().id(), request).execute());
        if (Boolean.TRUE.equals(response.getWasCreated())) {
            return Outcome.CREATED;
        }
        FeedGroupResponse group = response.getFeedGroup();
        var update = UpdateFeedGroupRequest.builder();
        boolean differs = false;
        if (spec.defaultVisibility() != null
                && (group == null || !spec.defaultVisibility().equals(group.getDefaultVisibility()))) {
            update.defaultVisibility(spec.defaultVisibility());
            differs = true;
        }
        if (spec.aggregationFormat() != null
                && (group == null
                        || group.getAggregation() == null
                        || !spec.aggregationFormat()
                                .equals(group.getAggregation().getFormat()))) {
            update.aggregation(aggregation(spec));
            differs = true;
        }
        NotificationConfig current = group == null ? null : group.getNotification();
        if (spec.trackReadAndSeen() != null
                && (current == null
                        || !Objects.equals(spec.trackReadAndSeen(), current.getTrackRead())
                        || !Objects.equals(spec.trackReadAndSeen(), current.getTrackSeen()))) {
            update.notification(tracking(spec, current));
            differs = true;
        }
        if (!differs) {
            return Outcome.UNCHANGED;
        }
        calls.execute(
                "updateFeedGroup",
                () -> feeds.updateFeedGroup(spec.group().id(), update.build()).execute());
        return Outcome.UPDATED;
    }

    private static AggregationConfig aggregation(FeedGroupSpec spec) {
        return spec.aggregationFormat() == null
                ? null
                : AggregationConfig.builder().format(spec.aggregationFormat()).build();
    }

    /** The wanted tracking, keeping the group's deduplication window when it has one. */
    private static NotificationConfig tracking(FeedGroupSpec spec, NotificationConfig current) {
        if (spec.trackReadAndSeen() == null) {
            return null;
        }
        return NotificationConfig.builder()
                .trackRead(spec.trackReadAndSeen())
                .trackSeen(spec.trackReadAndSeen())
                .deduplicationWindow(current == null ? null : current.getDeduplicationWindow())
                .build();
    }
}
