package com.peerloop.gateway.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The webhook's meters: deliveries by event type and outcome ({@code gateway.webhook.events{type, outcome}});
 * attempts at their effects ({@code gateway.webhook.effects{type, outcome}}: applied, failed, parked); and
 * the gauges {@code gateway.webhook.events.pending} and {@code gateway.webhook.events.parked}, read from the
 * table at most once a second (the last reading stays while the database cannot be read).
 */
@Component
class WebhookMetrics {

    /** Refused deliveries are counted before their type is known, or trusted. */
    static final String UNKNOWN_TYPE = "unknown";

    private static final Pattern EVENT_TYPE = Pattern.compile(WebhookEventLog.TYPE_REGEX);
    private static final Duration REUSE = Duration.ofSeconds(1);

    private final MeterRegistry meters;
    private final WebhookEventStore store;
    private final Clock clock;
    private volatile WebhookEventStore.Status last = new WebhookEventStore.Status(0, 0);
    private volatile Instant readAt = Instant.MIN;

    WebhookMetrics(MeterRegistry meters, WebhookEventStore store, Clock clock) {
        this.meters = meters;
        this.store = store;
        this.clock = clock;
        Gauge.builder("gateway.webhook.events.pending", this, m -> m.status().pending())
                .description("Stream webhook events whose effects are still to be applied")
                .register(meters);
        Gauge.builder("gateway.webhook.events.parked", this, m -> m.status().parked())
                .description("Stream webhook events parked after too many failed attempts")
                .register(meters);
    }

    void refused(String outcome) {
        count(UNKNOWN_TYPE, outcome);
    }

    void count(String type, String outcome) {
        Counter.builder("gateway.webhook.events")
                .description("Stream webhook deliveries by event type and outcome")
                .tag("type", type)
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }

    /** One attempt at an event's effects: {@code applied}, {@code failed} (tried again later) or {@code parked}. */
    void effect(String type, String outcome) {
        Counter.builder("gateway.webhook.effects")
                .description("Attempts at Stream webhook events' effects by event type and outcome")
                .tag("type", type)
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }

    /** The type as stored and tagged: Stream's type string when it looks like one, else {@code unknown}. */
    static String typeTag(String type) {
        return type != null && EVENT_TYPE.matcher(type).matches() ? type : UNKNOWN_TYPE;
    }

    private WebhookEventStore.Status status() {
        Instant now = clock.instant();
        if (readAt.plus(REUSE).isBefore(now)) {
            readAt = now;
            try {
                last = store.status();
            } catch (DataAccessException e) {
                // the database is down: the readiness probe says so; keep the last reading
            }
        }
        return last;
    }
}
