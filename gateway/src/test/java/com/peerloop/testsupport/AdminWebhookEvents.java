package com.peerloop.testsupport;

import java.time.Duration;
import java.util.Optional;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/** Reads stored webhook events the way an admin does, through {@code GET /api/admin/webhook-events}. */
public record AdminWebhookEvents(Api api, TestJwts jwts) {

    /** The listed event with this id, if it is among the newest hundred. */
    public Optional<JsonNode> find(String id) {
        return api.get("/api/admin/webhook-events?limit=100", jwts.token("u_admin", "admin"))
                .json()
                .get("events")
                .valueStream()
                .filter(e -> e.get("id").asString().equals(id))
                .findFirst();
    }

    public JsonNode event(String id) {
        return find(id).orElseThrow(() -> new AssertionError("webhook event " + id + " is not listed"));
    }

    /** Waits until the event's effects reach {@code state} ({@code done}, {@code failed}), and returns it. */
    public JsonNode awaitState(String id, String state) {
        return Awaitility.await("webhook event " + id + " " + state)
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> find(id).orElse(null),
                        e -> e != null && e.get("state").asString().equals(state));
    }
}
