package com.peerloop.gateway.sync;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with "equal jitter": half the exponential wait, plus a random part of the other half. */
final class Backoff {

    private Backoff() {}

    /** The wait after the {@code failures}-th consecutive failure (1 = the first). */
    static Duration after(int failures, Duration base, Duration max) {
        int doublings = Math.max(0, Math.min(failures - 1, 30));
        long cap = max.toMillis();
        long exponential = Math.min(cap, base.toMillis() << doublings);
        if (exponential <= 0) {
            exponential = cap;
        }
        long half = exponential / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(exponential - half + 1));
    }
}
