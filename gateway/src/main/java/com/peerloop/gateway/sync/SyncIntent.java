package com.peerloop.gateway.sync;

import com.peerloop.gateway.ids.Feed;
import java.time.Instant;

/**
 * One Stream change implied by a record change: {@code timeline:{userId}} follows or unfollows the feed,
 * or the user joins or leaves its members. Intents of one user and feed are applied in id order.
 */
record SyncIntent(long id, Action action, String userId, Feed feed, int attempts, Instant createdAt) {

    enum Action {
        FOLLOW,
        UNFOLLOW,
        ADD_MEMBER,
        REMOVE_MEMBER
    }

    /** An intent still to be written to the outbox. */
    record New(Action action, String userId, Feed feed) {}

    String fid() {
        return feed.fid();
    }
}
