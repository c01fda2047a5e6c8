package com.peerloop.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.AdminWebhookEvents;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.StreamWebhooks;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/admin/webhook-events}: admins only, newest first, by type, with a cursor. */
@TestPropertySource(properties = "stream.api-secret=" + WebhookReceiverTest.SECRET)
@Import(RecordingEffects.class)
class WebhookEventsListingTest extends GatewayTestBase {

    @Test
    void listsEventsOfATypeNewestFirstPageByPage() {
        StreamWebhooks webhooks = new StreamWebhooks(api, stream.apiKey(), WebhookReceiverTest.SECRET);
        String type = "test.listing." + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = List.of("wh-1-" + type, "wh-2-" + type, "wh-3-" + type);
        ids.forEach(id -> assertThat(
                        webhooks.deliver("{\"type\":\"" + type + "\"}", id).status())
                .isEqualTo(200));
        AdminWebhookEvents events = new AdminWebhookEvents(api, jwts);
        ids.forEach(id -> events.awaitState(id, "done"));

        Api.Response first = admin("/api/admin/webhook-events?type=" + type + "&limit=2");
        String next = first.json().get("next").asString();
        Api.Response second = admin("/api/admin/webhook-events?type=" + type + "&limit=2&before=" + next);

        assertThat(first.status()).isEqualTo(200);
        assertThat(ids(first)).containsExactly(ids.get(2), ids.get(1));
        assertThat(ids(second)).containsExactly(ids.get(0));
        assertThat(second.json().get("next").isNull()).isTrue();
        JsonNode oldest = second.json().get("events").get(0);
        assertThat(oldest.get("type").asString()).isEqualTo(type);
        assertThat(oldest.get("state").asString()).isEqualTo("done");
        assertThat(oldest.get("attempts").asInt()).isEqualTo(1);
        assertThat(oldest.get("lastError").isNull()).isTrue();
        assertThat(oldest.get("nextAttemptAt").isNull()).isTrue();
        assertThat(oldest.get("processedAt").asString()).isNotBlank();
        assertThat(oldest.get("attempt").asInt()).isEqualTo(1);
        assertThat(oldest.at("/payload/type").asString()).isEqualTo(type);
        assertThat(oldest.get("receivedAt").asString()).isNotBlank();
    }

    @Test
    void filtersByTheStateOfTheEffects() {
        StreamWebhooks webhooks = new StreamWebhooks(api, stream.apiKey(), WebhookReceiverTest.SECRET);
        String type = "test.state." + UUID.randomUUID().toString().substring(0, 8);
        String id = "wh-state-" + type;
        webhooks.deliver("{\"type\":\"" + type + "\"}", id);
        new AdminWebhookEvents(api, jwts).awaitState(id, "done");

        assertThat(ids(admin("/api/admin/webhook-events?type=" + type + "&state=done")))
                .containsExactly(id);
        assertThat(ids(admin("/api/admin/webhook-events?type=" + type + "&state=pending")))
                .isEmpty();
        assertThat(ids(admin("/api/admin/webhook-events?type=" + type + "&state=failed")))
                .isEmpty();
    }

    @Test
    void readingTheEventsIsAudited() {
        String type = "test.audited." + UUID.randomUUID().toString().substring(0, 8);

        assertThat(admin("/api/admin/webhook-events?type=" + type).status()).isEqualTo(200);

        Api.Response audit = admin("/api/admin/audit?limit=100");
        assertThat(audit.json()
                        .get("entries")
                        .valueStream()
                        .filter(e -> e.get("action").asString().equals("webhook_events.read"))
                        .filter(e -> e.get("target").asString().equals("webhook_events:" + type)))
                .hasSize(1);
    }

    @Test
    void isForAdminsOnly() {
        assertThat(api.get("/api/admin/webhook-events", jwts.token("u_student", "student"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/admin/webhook-events", null).status()).isEqualTo(401);
    }

    @Test
    void refusesLimitsOutsideOneToHundredAndForeignCursors() {
        assertValidationFailed(admin("/api/admin/webhook-events?limit=0"), "limit");
        assertValidationFailed(admin("/api/admin/webhook-events?limit=101"), "limit");
        assertValidationFailed(admin("/api/admin/webhook-events?before=not-a-cursor"), "before");
        assertValidationFailed(admin("/api/admin/webhook-events?type=DROP%20TABLE"), "type");
        assertValidationFailed(admin("/api/admin/webhook-events?state=processing"), "state");
    }

    private static void assertValidationFailed(Api.Response response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("validation_failed");
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo(field);
    }

    private static List<String> ids(Api.Response response) {
        return response.json()
                .get("events")
                .valueStream()
                .map(e -> e.get("id").asString())
                .toList();
    }

    private Api.Response admin(String path) {
        return api.get(path, jwts.token("u_admin", "admin"));
    }
}
