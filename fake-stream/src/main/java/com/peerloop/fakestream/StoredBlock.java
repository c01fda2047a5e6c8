package com.peerloop.fakestream;

import java.time.Instant;

/** {@code userId} blocks {@code blockedUserId}. */
public record StoredBlock(String userId, String blockedUserId, Instant createdAt) {

    static String key(String userId, String blockedUserId) {
        return userId + "|" + blockedUserId;
    }
}
