package com.peerloop.gateway.stream;

import java.util.List;

import org.springframework.stereotype.Component;

import io.getstream.models.ActivitySelectorConfig;
import io.getstream.models.GetOrCreateFeedGroupRequest;
import io.getstream.models.UpdateFeedGroupRequest;
import io.getstream.services.Feeds;
import io.getstream.services.framework.StreamSDKClient;

/** {@link StreamFeedGroups} on the Stream SDK: get-or-create, then an update only when needed. */
@Component
class SdkStreamFeedGroups implements StreamFeedGroups {

    private final Feeds feeds;
    private final StreamCalls calls;

    SdkStreamFeedGroups(StreamSDKClient client, StreamCalls calls) {
        this.feeds = client.feeds();
        this.calls = calls;
    }

    @Override
    public Outcome ensure(String id, String defaultVisibility) {
        var request = GetOrCreateFeedGroupRequest.builder()
                .defaultVisibility(defaultVisibility)
                .activitySelectors(List.of(ActivitySelectorConfig.builder().type("current").build()))
                .build();
        var response = calls.execute("getOrCreateFeedGroup", () -> feeds.getOrCreateFeedGroup(id, request).execute());
        if (Boolean.TRUE.equals(response.getWasCreated())) {
            return Outcome.CREATED;
        }
        if (response.getFeedGroup() != null && defaultVisibility.equals(response.getFeedGroup().getDefaultVisibility())) {
            return Outcome.UNCHANGED;
        }
        var update = UpdateFeedGroupRequest.builder().defaultVisibility(defaultVisibility).build();
        calls.execute("updateFeedGroup", () -> feeds.updateFeedGroup(id, update).execute());
        return Outcome.UPDATED;
    }
}
