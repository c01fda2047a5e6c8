package com.peerloop.gateway.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The outbox's meters: gauges {@code peerloop.sync.intents.pending|failed} and
 * {@code peerloop.sync.intents.oldest.pending.age} (seconds), read from the table at most once a second;
 * counters {@code peerloop.sync.intents.applied} (tag {@code outcome}: applied, skipped) and
 * {@code peerloop.sync.intents.attempts.failed} and {@code peerloop.sync.intents.parked}.
 */
@Component
class SyncMetrics {

    private static final Duration REUSE = Duration.ofSeconds(1);

    private final SyncOutbox outbox;
    private final Clock clock;
    private final Counter applied;
    private final Counter skipped;
    private final Counter failedAttempts;
    private final Counter parked;
    private volatile SyncStatus last;
    private volatile Instant readAt = Instant.MIN;

    SyncMetrics(SyncOutbox outbox, Clock clock, MeterRegistry registry) {
        this.outbox = outbox;
        this.clock = clock;
        this.applied = Counter.builder("peerloop.sync.intents.applied")
                .tag("outcome", "applied")
                .register(registry);
        this.skipped = Counter.builder("peerloop.sync.intents.applied")
                .tag("outcome", "skipped")
                .register(registry);
        this.failedAttempts =
                Counter.builder("peerloop.sync.intents.attempts.failed").register(registry);
        this.parked = Counter.builder("peerloop.sync.intents.parked").register(registry);
        Gauge.builder("peerloop.sync.intents.pending", this, m -> m.status().pending())
                .register(registry);
        Gauge.builder("peerloop.sync.intents.failed", this, m -> m.status().failed())
                .register(registry);
        Gauge.builder(
                        "peerloop.sync.intents.oldest.pending.age",
                        this,
                        m -> m.status().oldestPendingAgeSeconds())
                .baseUnit("seconds")
                .register(registry);
    }

    void applied(IntentApplier.Outcome outcome) {
        (outcome == IntentApplier.Outcome.APPLIED ? applied : skipped).increment();
    }

    void failed(boolean parkedNow) {
        failedAttempts.increment();
        if (parkedNow) {
            parked.increment();
        }
    }

    private SyncStatus status() {
        Instant now = clock.instant();
        if (last == null || readAt.plus(REUSE).isBefore(now)) {
            last = outbox.status(now);
            readAt = now;
        }
        return last;
    }
}
