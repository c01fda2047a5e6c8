package com.peerloop.gateway.retry;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;

/**
 * Exponential backoff with jitter for work kept in a table and claimed again when due: the wait after the
 * n-th failed attempt is {@code base × 2^(n−1)} ± 50 %, capped at {@code max} (before jitter); after
 * {@code maxAttempts} failed attempts the work is parked as failed.
 */
public final class RetrySchedule {

    /**
     * What follows a failed attempt.
     *
     * @param park whether to give up and park the work as failed
     * @param delay how long until it is due again (when not parked)
     */
    public record Next(boolean park, Duration delay) {}

    private final IntervalFunction backoff;
    private final int maxAttempts;

    public RetrySchedule(Duration base, Duration max, int maxAttempts) {
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(base, 2.0, 0.5, max);
        this.maxAttempts = maxAttempts;
    }

    /**
     * After the {@code attempts}-th failed attempt (counting from 1): park it, or wait the backoff, and at least
     * {@code atLeast} when the failure said so (a rate limit's window); {@code atLeast} may be null.
     */
    public Next afterFailure(int attempts, Duration atLeast) {
        Duration wait = Duration.ofMillis(backoff.apply(Math.max(1, attempts)));
        if (atLeast != null && atLeast.compareTo(wait) > 0) {
            wait = atLeast;
        }
        return new Next(attempts >= maxAttempts, wait);
    }
}
