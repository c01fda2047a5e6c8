package com.peerloop.gateway.privacy;

import java.time.Instant;
import java.util.Locale;

/**
 * A job as the admin's endpoints show it. {@code userId} is the erased user's pseudonym once an erasure is done.
 */
record JobView(
        String id,
        String kind,
        String userId,
        String state,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant updatedAt,
        Instant finishedAt) {

    /** The body of every job endpoint: {@code {"job": …}}. */
    record Response(JobView job) {}

    static JobView of(UserJob job) {
        return new JobView(
                job.id(),
                job.kind().name().toLowerCase(Locale.ROOT),
                job.userId(),
                job.state().name().toLowerCase(Locale.ROOT),
                job.attempts(),
                job.lastError(),
                job.createdAt(),
                job.updatedAt(),
                job.finishedAt());
    }
}
