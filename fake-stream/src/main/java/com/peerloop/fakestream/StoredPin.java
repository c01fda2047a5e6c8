package com.peerloop.fakestream;

import java.time.Instant;

/**
 * An activity pinned to a feed by a user (spec ActivityPinResponse: user, activity, feed, created_at, updated_at).
 *
 * @param seq pin order; a feed answers its pins newest first
 */
public record StoredPin(String fid, String activityId, String userId, Instant createdAt, long seq) {

    static String key(String fid, String activityId) {
        return fid + "|" + activityId;
    }
}
