package com.peerloop.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.AdminWebhookEvents;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.StreamWebhooks;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What outlasts the webhook's retries: an effect that keeps failing is parked after {@code max-attempts}
 * and shown to admins and in the metrics; a delivery that cannot be stored is never acknowledged.
 */
@Tag("slow")
@DirtiesContext
@TestPropertySource(
        properties = {"peerloop.webhook.max-attempts=2", "spring.datasource.hikari.connection-timeout=1000"})
class WebhookOutagesTest extends GatewayTestBase {

    @Autowired
    Environment environment;

    StreamWebhooks webhooks;
    AdminWebhookEvents events;

    @BeforeEach
    void webhooks() {
        webhooks = new StreamWebhooks(api, stream.apiKey(), stream.apiSecret());
        events = new AdminWebhookEvents(api, jwts);
    }

    @Test
    void anEffectThatKeepsFailingIsParkedAfterMaxAttemptsAndShown() {
        String id = UUID.randomUUID().toString();
        // a Stream token makes the user known to Stream, so that the ban's revocation there is a partial update
        assertThat(api.post("/api/stream/token", jwts.token("u_parked", "student"), null)
                        .status())
                .isEqualTo(200);
        stream.failAlways("updateUsersPartial", 503);
        double parkedBefore = metric("gateway_webhook_effects_total", "type=\"user.banned\"", "outcome=\"parked\"");

        Api.Response delivery = webhooks.deliver("{\"type\":\"user.banned\",\"user\":{\"id\":\"u_parked\"}}", id);

        assertThat(delivery.status()).isEqualTo(200);
        JsonNode parked = events.awaitState(id, "failed");
        assertThat(parked.get("attempts").asInt()).isEqualTo(2);
        assertThat(parked.get("lastError").asString()).isEqualTo("upstream_unavailable");
        assertThat(parked.get("nextAttemptAt").isNull()).isTrue();
        assertThat(api.get("/api/admin/webhook-events?state=failed", jwts.token("u_admin", "admin"))
                        .json()
                        .get("events")
                        .valueStream()
                        .map(e -> e.get("id").asString()))
                .contains(id);
        assertThat(metric("gateway_webhook_effects_total", "type=\"user.banned\"", "outcome=\"parked\""))
                .isEqualTo(parkedBefore + 1);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> metric("gateway_webhook_events_parked") >= 1);

        stream.heal();
        // parked means left alone: no third attempt once Stream is back
        Awaitility.await()
                .during(Duration.ofMillis(800))
                .atMost(Duration.ofSeconds(3))
                .until(() -> stream.requests("updateUsersPartial").size() == 2);
        assertThat(events.event(id).get("state").asString()).isEqualTo("failed");
    }

    @Test
    void aDeliveryThatCannotBeStoredIsAnswered503AndStoredWhenDeliveredAgain() throws Exception {
        String id = UUID.randomUUID().toString();
        String body = "{\"type\":\"feeds.activity.deleted\",\"activity\":{\"id\":\"act_db_down\"}}";
        String url = environment.getProperty("spring.datasource.url");
        String database = url.substring(url.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(
                        url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                        environment.getProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password"));
                Statement sql = admin.createStatement()) {
            cutOff(sql, database, true);
            try {
                Api.Response down = webhooks.deliver(body, id);

                assertThat(down.status()).as(down.body()).isEqualTo(503);
                assertThat(down.json().get("code").asString()).isEqualTo("unavailable");
                assertThat(down.header("Retry-After")).isNotBlank();
            } finally {
                cutOff(sql, database, false);
            }
        }

        Api.Response again = Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> webhooks.deliver(body, id), r -> r.status() == 200);
        assertThat(again.json().get("status").asString()).isEqualTo("accepted");
        JsonNode done = events.awaitState(id, "done");
        assertThat(done.get("deliveries").asInt()).isEqualTo(1);
    }

    private static void cutOff(Statement sql, String database, boolean off) throws SQLException {
        sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + !off);
        if (off) {
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        }
    }

    /** Sum of the Prometheus samples of {@code name} whose labels contain all of {@code labels}. */
    private double metric(String name, String... labels) {
        return Arrays.stream(api.get("/actuator/prometheus", null).body().split("\n"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
