package com.peerloop.gateway.privacy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/**
 * The jobs' meters: gauge {@code gateway.user.jobs} (tag {@code state}: pending, running, failed), read from the
 * table at most once a second (shared table: every instance reports the same); counters
 * {@code gateway.user.jobs.attempts.failed} and {@code gateway.user.jobs.parked} (tag {@code kind}).
 */
@Component
class UserJobMetrics {

    private static final Duration REUSE = Duration.ofSeconds(1);

    private final UserJobs jobs;
    private final Clock clock;
    private final MeterRegistry registry;
    private volatile UserJobs.Counts last;
    private volatile Instant readAt = Instant.MIN;

    UserJobMetrics(UserJobs jobs, Clock clock, MeterRegistry registry) {
        this.jobs = jobs;
        this.clock = clock;
        this.registry = registry;
        gauge("pending", UserJobs.Counts::pending);
        gauge("running", UserJobs.Counts::running);
        gauge("failed", UserJobs.Counts::failed);
    }

    void failed(UserJob.Kind kind, boolean parked) {
        String tag = kind.name().toLowerCase(Locale.ROOT);
        Counter.builder("gateway.user.jobs.attempts.failed")
                .tag("kind", tag)
                .register(registry)
                .increment();
        if (parked) {
            Counter.builder("gateway.user.jobs.parked")
                    .tag("kind", tag)
                    .register(registry)
                    .increment();
        }
    }

    private void gauge(String state, ToLongFunction<UserJobs.Counts> count) {
        Gauge.builder("gateway.user.jobs", this, m -> count.applyAsLong(m.counts()))
                .tag("state", state)
                .register(registry);
    }

    private UserJobs.Counts counts() {
        Instant now = clock.instant();
        if (last == null || readAt.plus(REUSE).isBefore(now)) {
            last = jobs.counts();
            readAt = now;
        }
        return last;
    }
}
