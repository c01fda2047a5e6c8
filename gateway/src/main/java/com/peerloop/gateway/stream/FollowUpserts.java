package com.peerloop.gateway.stream;

import com.peerloop.gateway.ids.Feed;
import io.getstream.models.FollowPair;
import io.getstream.models.FollowRequest;
import io.getstream.models.GetOrCreateFollowsRequest;
import io.getstream.models.GetOrCreateUnfollowsRequest;
import java.util.List;

/**
 * One follow or unfollow as Stream's idempotent batch upserts ({@code follows/batch/upsert},
 * {@code unfollow/batch/upsert}), so that repeating either is never an error.
 */
final class FollowUpserts {

    private FollowUpserts() {}

    static GetOrCreateFollowsRequest follow(Feed source, Feed target) {
        return follow(source, target, false);
    }

    /** With {@code notify}, Stream writes the target's owner a {@code follow} notification (FollowRequest field). */
    static GetOrCreateFollowsRequest follow(Feed source, Feed target, boolean notify) {
        return GetOrCreateFollowsRequest.builder()
                .follows(List.of(FollowRequest.builder()
                        .source(source.fid())
                        .target(target.fid())
                        .createNotificationActivity(notify ? Boolean.TRUE : null)
                        .build()))
                .build();
    }

    static GetOrCreateUnfollowsRequest unfollow(Feed source, Feed target) {
        return GetOrCreateUnfollowsRequest.builder()
                .follows(List.of(FollowPair.builder()
                        .source(source.fid())
                        .target(target.fid())
                        .build()))
                .build();
    }
}
