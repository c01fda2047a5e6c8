package com.peerloop.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.StreamWebhooks;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** After a known sequence of requests, {@code /actuator/prometheus} carries the expected series and counts. */
class MetricsTest extends GatewayTestBase {

    @Test
    void countsRequestsStreamCallsRefusalsAndWebhookEvents() {
        StreamWebhooks webhooks = new StreamWebhooks(api, stream.apiKey(), stream.apiSecret());
        Prometheus before = Prometheus.scrape(api);

        api.post("/api/stream/token", jwts.token("u_metrics_1", "student"), null);
        api.post("/api/stream/token", jwts.token("u_metrics_2", "student"), null);
        api.post("/api/stream/token", null, null);
        api.post("/api/stream/token", "not-a-jwt", null);
        api.get("/api/admin/webhook-events", jwts.token("u_metrics_1", "student"));
        api.get("/api/feeds/course/no-such-course/activities", jwts.token("u_metrics_1", "student"));
        webhooks.deliver("{\"type\":\"feeds.activity.added\"}", "metrics-1");
        webhooks.deliver("{\"type\":\"feeds.activity.added\"}", "metrics-1");
        webhooks.unsigned("{\"type\":\"feeds.activity.added\"}");

        Prometheus after = Prometheus.scrape(api);
        assertThat(delta(
                        before,
                        after,
                        "http_server_requests_seconds_count",
                        Map.of("method", "POST", "uri", "/api/stream/token", "status", "200")))
                .isEqualTo(2);
        assertThat(after.has("http_server_requests_seconds_bucket"))
                .as("latency histogram")
                .isTrue();
        assertThat(delta(
                        before,
                        after,
                        "stream_calls_seconds_count",
                        Map.of("operation", "upsertUsers", "outcome", "success")))
                .isEqualTo(2);
        assertThat(after.has("stream_calls_seconds_bucket")).isTrue();
        // two bearer refusals and one unsigned webhook delivery
        assertThat(delta(before, after, "gateway_refusals_total", Map.of("code", "invalid_token", "status", "401")))
                .isEqualTo(3);
        assertThat(delta(before, after, "gateway_refusals_total", Map.of("code", "forbidden", "status", "403")))
                .isEqualTo(1);
        assertThat(delta(before, after, "gateway_refusals_total", Map.of("code", "not_enrolled", "status", "403")))
                .isEqualTo(1);
        assertThat(delta(
                        before,
                        after,
                        "gateway_webhook_events_total",
                        Map.of("type", "feeds.activity.added", "outcome", "accepted")))
                .isEqualTo(1);
        assertThat(delta(
                        before,
                        after,
                        "gateway_webhook_events_total",
                        Map.of("type", "feeds.activity.added", "outcome", "duplicate")))
                .isEqualTo(1);
        assertThat(delta(
                        before,
                        after,
                        "gateway_webhook_events_total",
                        Map.of("type", "unknown", "outcome", "invalid_signature")))
                .isEqualTo(1);
        assertThat(after.has("stream_http_requests_seconds_count"))
                .as("Stream HTTP exchanges")
                .isTrue();
        assertThat(after.has("hikaricp_connections_active")).as("pool metrics").isTrue();
        assertThat(after.has("jvm_memory_used_bytes")).as("JVM metrics").isTrue();
    }

    private static double delta(Prometheus before, Prometheus after, String name, Map<String, String> labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
