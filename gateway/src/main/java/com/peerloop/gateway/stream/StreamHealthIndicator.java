package com.peerloop.gateway.stream;

import io.getstream.services.framework.StreamSDKClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Reports whether Stream answers. An outage shows as {@code DEGRADED}: the gateway keeps serving what it
 * can (records, sync status, clear 503s) and stays in the load balancer. A result is reused for a few
 * seconds so that frequent probes do not become Stream traffic.
 */
@Component("stream")
class StreamHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Stream is not answering");
    private static final Duration REUSE = Duration.ofSeconds(10);

    private final StreamSDKClient client;
    private final StreamCalls calls;
    private final Clock clock;
    private volatile Health last;
    private volatile Instant checkedAt = Instant.MIN;

    StreamHealthIndicator(StreamSDKClient client, StreamCalls calls, Clock clock) {
        this.client = client;
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        if (last == null || checkedAt.plus(REUSE).isBefore(now)) {
            last = probe();
            checkedAt = now;
        }
        return last;
    }

    private Health probe() {
        try {
            // a read, so retried once like every read: a pooled connection Stream closed is not an outage
            calls.read("getApp", () -> client.getApp().execute());
            return Health.up().build();
        } catch (StreamFailure e) {
            return Health.status(DEGRADED).withDetail("error", e.kind().code()).build();
        }
    }
}
