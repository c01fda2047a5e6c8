package com.peerloop.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.StreamWebhooks;

/** {@code user.banned} and {@code user.deleted} revoke the user at the gateway, through the admin's revocation. */
@TestPropertySource(properties = "stream.api-secret=" + WebhookReceiverTest.SECRET)
@Import(RecordingEffects.class)
class WebhookRevocationTest extends GatewayTestBase {

    StreamWebhooks webhooks;

    @BeforeEach
    void webhooks() {
        webhooks = new StreamWebhooks(api, stream.apiKey(), WebhookReceiverTest.SECRET);
    }

    @Test
    void userBannedRevokesTheUsersEarlierTokens() {
        String token = earlierToken("u_banned");
        assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(200);

        Api.Response delivery = webhooks.deliver(
                "{\"type\":\"user.banned\",\"user\":{\"id\":\"u_banned\"},\"created_by\":{\"id\":\"u_mod\"}}");

        assertThat(delivery.status()).isEqualTo(200);
        assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(401);
        assertThat(stream.requests("updateUsersPartial")).anySatisfy(r -> assertThat(r.body()).contains("u_banned"));
        assertThat(auditedRevocations("u_banned")).isEqualTo(1);
        assertThat(auditedRevocations("u_mod")).isZero();
    }

    @Test
    void userDeletedRevokesTheUser() {
        String token = earlierToken("u_deleted");

        webhooks.deliver("{\"type\":\"user.deleted\",\"user\":{\"id\":\"u_deleted\"}}");

        assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(401);
    }

    @Test
    void aRedeliveredBanRevokesOnlyOnce() {
        String id = UUID.randomUUID().toString();
        String banned = "{\"type\":\"user.banned\",\"user\":{\"id\":\"u_twice\"}}";

        webhooks.deliver(banned, id);
        Api.Response again = webhooks.deliver(banned, id);

        assertThat(again.json().get("status").asString()).isEqualTo("duplicate");
        assertThat(auditedRevocations("u_twice")).isEqualTo(1);
    }

    @Test
    void aBanLimitedToOneChannelRevokesNothing() {
        String token = earlierToken("u_channel_ban");

        Api.Response delivery = webhooks.deliver(
                "{\"type\":\"user.banned\",\"cid\":\"messaging:c1\",\"user\":{\"id\":\"u_channel_ban\"}}");

        assertThat(delivery.status()).isEqualTo(200);
        assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(200);
    }

    @Test
    void aBanStreamCouldNotApplyIsAnswered503AndCompletedOnRedelivery() {
        assertThat(api.post("/api/stream/token", earlierToken("u_retry"), null).status()).isEqualTo(200);
        String id = UUID.randomUUID().toString();
        String banned = "{\"type\":\"user.banned\",\"user\":{\"id\":\"u_retry\"}}";
        stream.failAlways("updateUsersPartial", 503);

        Api.Response first = webhooks.deliver(banned, id);
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.header("Retry-After")).isNotBlank();

        stream.heal();
        stream.clearRequests();
        Api.Response retry = webhooks.deliver(banned, id);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("status").asString()).isEqualTo("accepted");
        assertThat(stream.requests("updateUsersPartial")).hasSize(1);
        assertThat(webhooks.deliver(banned, id).json().get("status").asString()).isEqualTo("duplicate");
    }

    /** Revocation keeps tokens of the current second valid, so the token must be older. */
    private String earlierToken(String userId) {
        return jwts.forUser(userId).roles("student").issuedAt(Instant.now().minusSeconds(5)).sign();
    }

    private long auditedRevocations(String userId) {
        Api.Response audit = api.get("/api/admin/audit?limit=100", jwts.token("u_auditor", "admin"));
        return audit.json().get("entries").valueStream()
                .filter(e -> e.get("target").asString().equals("user:" + userId))
                .filter(e -> e.get("actorId").asString().equals("stream-webhook"))
                .count();
    }
}
