package com.peerloop.gateway.stream;

/**
 * Stream's moderation flags and user blocks, as the gateway uses them. Failures are {@link StreamFailure}s.
 */
public interface StreamSafety {

    /** What can be flagged. */
    enum Entity {
        ACTIVITY,
        COMMENT
    }

    /**
     * Puts the reporter's flag on the item onto Stream's review queue. Whether Stream accepts a second flag of
     * the same item by the same user is not documented: callers flag each report once and take a refusal of a
     * repeat as done.
     */
    void flag(Entity entity, String entityId, String authorId, String reporterId, String reason);

    /** Stream's own block, so that clients talking to Stream directly see it too. */
    void block(String userId, String blockedUserId);

    void unblock(String userId, String blockedUserId);
}
