package com.peerloop.gateway.privacy;

import java.time.Instant;

/**
 * One row of {@code user_jobs}, as the worker and the admin's endpoints see it.
 *
 * @param step     the last step completed (0: none)
 * @param taskId   the Stream task the current step waits for, if any
 * @param attempts failed attempts at the current step
 */
record UserJob(
        String id,
        Kind kind,
        String userId,
        State state,
        int step,
        String taskId,
        int attempts,
        String lastError,
        String actorId,
        String requestId,
        Instant createdAt,
        Instant updatedAt,
        Instant finishedAt,
        boolean hasDocument) {

    enum Kind {
        ERASE,
        EXPORT
    }

    enum State {
        PENDING,
        RUNNING,
        DONE,
        FAILED
    }
}
