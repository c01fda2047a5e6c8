package com.peerloop.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.AdminWebhookEvents;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.StreamWebhooks;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * {@code user.banned} and {@code user.deleted} revoke the user at the gateway, through the admin's revocation,
 * after the delivery is acknowledged; a failure at Stream is retried from the store.
 */
@TestPropertySource(properties = "stream.api-secret=" + WebhookReceiverTest.SECRET)
@Import(RecordingEffects.class)
class WebhookRevocationTest extends GatewayTestBase {

    StreamWebhooks webhooks;
    AdminWebhookEvents events;

    @BeforeEach
    void webhooks() {
        webhooks = new StreamWebhooks(api, stream.apiKey(), WebhookReceiverTest.SECRET);
        events = new AdminWebhookEvents(api, jwts);
    }

    @Test
    void userBannedRevokesTheUsersEarlierTokens() {
        String token = earlierToken("u_banned");
        assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(200);
        String id = UUID.randomUUID().toString();

        Api.Response delivery = webhooks.deliver(
                "{\"type\":\"user.banned\",\"user\":{\"id\":\"u_banned\"},\"created_by\":{\"id\":\"u_mod\"}}", id);

        assertThat(delivery.status()).isEqualTo(200);
        assertThat(delivery.json().get("status").asString()).isEqualTo("accepted");
        events.awaitState(id, "done");
        assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(401);
        assertThat(stream.requests("updateUsersPartial"))
                .anySatisfy(r -> assertThat(r.body()).contains("u_banned"));
        assertThat(auditedRevocations("u_banned")).isEqualTo(1);
        assertThat(auditedRevocations("u_mod")).isZero();
    }

    @Test
    void userDeletedRevokesTheUser() {
        String token = earlierToken("u_deleted");
        String id = UUID.randomUUID().toString();

        webhooks.deliver("{\"type\":\"user.deleted\",\"user\":{\"id\":\"u_deleted\"}}", id);

        events.awaitState(id, "done");
        assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(401);
    }

    @Test
    void aRedeliveredBanRevokesOnlyOnce() {
        String id = UUID.randomUUID().toString();
        String banned = "{\"type\":\"user.banned\",\"user\":{\"id\":\"u_twice\"}}";
        // known to Stream (it has had a Stream token), so each revocation there is one partial update
        assertThat(api.post("/api/stream/token", jwts.token("u_twice", "student"), null)
                        .status())
                .isEqualTo(200);

        webhooks.deliver(banned, id);
        events.awaitState(id, "done");
        Api.Response again = webhooks.deliver(banned, id);

        assertThat(again.json().get("status").asString()).isEqualTo("duplicate");
        Awaitility.await()
                .during(Duration.ofMillis(800))
                .atMost(Duration.ofSeconds(3))
                .until(() -> auditedRevocations("u_twice") == 1
                        && stream.requests("updateUsersPartial").size() == 1);
    }

    @Test
    void aBanLimitedToOneChannelRevokesNothing() {
        String token = earlierToken("u_channel_ban");
        String id = UUID.randomUUID().toString();

        Api.Response delivery = webhooks.deliver(
                "{\"type\":\"user.banned\",\"cid\":\"messaging:c1\",\"user\":{\"id\":\"u_channel_ban\"}}", id);

        assertThat(delivery.status()).isEqualTo(200);
        events.awaitState(id, "done");
        assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(200);
        assertThat(auditedRevocations("u_channel_ban")).isZero();
    }

    @Test
    void aBanStreamCouldNotApplyIsAcknowledgedAndAppliedOnceStreamRecovers() {
        String token = earlierToken("u_retry");
        assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(200);
        String id = UUID.randomUUID().toString();
        stream.clearRequests();
        stream.failNext("updateUsersPartial", 2, 503);

        Api.Response delivery = webhooks.deliver("{\"type\":\"user.banned\",\"user\":{\"id\":\"u_retry\"}}", id);

        assertThat(delivery.status()).isEqualTo(200);
        assertThat(delivery.json().get("status").asString()).isEqualTo("accepted");
        JsonNode done = events.awaitState(id, "done");
        assertThat(done.get("attempts").asInt()).isEqualTo(3);
        assertThat(done.get("lastError").isNull()).isTrue();
        assertThat(stream.requests("updateUsersPartial"))
                .extracting(r -> r.status() < 300)
                .containsExactly(false, false, true);
        assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(401);
        // the gateway's cut-off held from the first attempt on; the retries only told Stream again
        assertThat(auditedRevocations("u_retry")).isEqualTo(1);
    }

    @Test
    void aRedeliveryWhilePendingIsNotAppliedTwice() {
        String token = earlierToken("u_pending");
        assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(200);
        String id = UUID.randomUUID().toString();
        String banned = "{\"type\":\"user.banned\",\"user\":{\"id\":\"u_pending\"}}";
        stream.clearRequests();
        stream.failAlways("updateUsersPartial", 503);

        assertThat(webhooks.deliver(banned, id).json().get("status").asString()).isEqualTo("accepted");
        JsonNode pending = Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> events.event(id),
                        e -> e.get("attempts").asInt() >= 1
                                && !e.get("lastError").isNull());
        Api.Response again = webhooks.deliver(banned, id);

        assertThat(pending.get("state").asString()).isEqualTo("pending");
        assertThat(pending.get("lastError").asString()).isEqualTo("upstream_unavailable");
        assertThat(pending.get("nextAttemptAt").asString()).isNotBlank();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("duplicate");

        stream.heal();
        JsonNode done = events.awaitState(id, "done");
        assertThat(done.get("deliveries").asInt()).isEqualTo(2);
        Awaitility.await()
                .during(Duration.ofMillis(800))
                .atMost(Duration.ofSeconds(3))
                .until(() -> stream.requests("updateUsersPartial").stream()
                                .filter(r -> r.status() < 300)
                                .count()
                        == 1);
        assertThat(stream.requests("updateUsersPartial"))
                .hasSize(done.get("attempts").asInt());
        assertThat(auditedRevocations("u_pending")).isEqualTo(1);
        assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(401);
    }

    /** Revocation keeps tokens of the current second valid, so the token must be older. */
    private String earlierToken(String userId) {
        return jwts.forUser(userId)
                .roles("student")
                .issuedAt(Instant.now().minusSeconds(5))
                .sign();
    }

    private long auditedRevocations(String userId) {
        Api.Response audit = api.get("/api/admin/audit?limit=100", jwts.token("u_auditor", "admin"));
        return audit.json()
                .get("entries")
                .valueStream()
                .filter(e -> e.get("target").asString().equals("user:" + userId))
                .filter(e -> e.get("actorId").asString().equals("stream-webhook"))
                .count();
    }
}
