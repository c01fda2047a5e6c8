package com.peerloop.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.AdminWebhookEvents;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.StreamWebhooks;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The webhook's signature, size and dedupe rules, with the reference's test vector (reference §6). */
@TestPropertySource(properties = "stream.api-secret=" + WebhookReceiverTest.SECRET)
@Import(RecordingEffects.class)
class WebhookReceiverTest extends GatewayTestBase {

    static final String SECRET = "test_secret_do_not_use_in_production";
    static final String VECTOR_BODY = "{\"type\":\"feeds.activity.added\",\"created_at\":1778198400000000000}";
    static final String VECTOR_SIGNATURE = "5290d8c67e1bc1a4b8143f23ccf204dabc852b2d8d124603af5b81b57f2c25a3";
    static final int MIB = 1024 * 1024;

    @Autowired
    RecordingEffects effects;

    StreamWebhooks webhooks;
    AdminWebhookEvents events;

    @BeforeEach
    void webhooks() {
        webhooks = new StreamWebhooks(api, stream.apiKey(), SECRET);
        events = new AdminWebhookEvents(api, jwts);
    }

    @Test
    void acceptsTheReferenceTestVector() {
        assertThat(webhooks.sign(VECTOR_BODY)).isEqualTo(VECTOR_SIGNATURE);
        String id = UUID.randomUUID().toString();

        Api.Response response = webhooks.send(bytes(VECTOR_BODY), webhooks.headers(VECTOR_SIGNATURE, id));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("accepted");
        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void refusesATamperedBody() {
        String id = UUID.randomUUID().toString();
        String tampered = VECTOR_BODY.replace("1778198400000000000", "1778198400000000001");

        assertRefused(webhooks.send(bytes(tampered), webhooks.headers(VECTOR_SIGNATURE, id)));
        assertThat(stored(id)).isZero();
    }

    @Test
    void refusesAMissingOrEmptySignature() {
        String id = UUID.randomUUID().toString();

        assertRefused(webhooks.send(bytes(VECTOR_BODY), webhooks.headers(null, id)));
        assertRefused(webhooks.send(bytes(VECTOR_BODY), webhooks.headers("", id)));
        assertThat(stored(id)).isZero();
    }

    @Test
    void refusesReSerialisedJsonWithTheOriginalSignature() {
        String id = UUID.randomUUID().toString();
        String reserialised = "{\"type\": \"feeds.activity.added\", \"created_at\": 1778198400000000000}";

        assertRefused(webhooks.send(bytes(reserialised), webhooks.headers(VECTOR_SIGNATURE, id)));
        assertThat(stored(id)).isZero();
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        String id = UUID.randomUUID().toString();
        String other = new StreamWebhooks(api, stream.apiKey(), SECRET + "x").sign(VECTOR_BODY);

        assertRefused(webhooks.send(bytes(VECTOR_BODY), webhooks.headers(other, id)));
    }

    @Test
    void refusesAWrongOrMissingApiKey() {
        String id = UUID.randomUUID().toString();
        Map<String, String> wrongKey = webhooks.headers(VECTOR_SIGNATURE, id);
        wrongKey.put("X-Api-Key", "another-app");
        Map<String, String> noKey = webhooks.headers(VECTOR_SIGNATURE, id);
        noKey.remove("X-Api-Key");

        assertRefused(webhooks.send(bytes(VECTOR_BODY), wrongKey));
        assertRefused(webhooks.send(bytes(VECTOR_BODY), noKey));
        assertThat(stored(id)).isZero();
    }

    @Test
    void needsNoPeerLoopJwtAndIgnoresOne() {
        Map<String, String> headers =
                webhooks.headers(VECTOR_SIGNATURE, UUID.randomUUID().toString());
        headers.put("Authorization", "Bearer " + jwts.token("u_admin", "admin"));
        Map<String, String> unsigned = webhooks.headers(null, UUID.randomUUID().toString());
        unsigned.put("Authorization", "Bearer " + jwts.token("u_admin", "admin"));

        assertThat(webhooks.send(bytes(VECTOR_BODY), headers).status()).isEqualTo(200);
        assertRefused(webhooks.send(bytes(VECTOR_BODY), unsigned));
    }

    @Test
    void storesARedeliveryOnceAndAnswersItWithoutEffect() {
        String id = UUID.randomUUID().toString();
        String deleted = "{\"type\":\"feeds.activity.deleted\",\"activity\":{\"id\":\"act_redelivered\"}}";

        Api.Response first = webhooks.deliver(deleted, id);
        events.awaitState(id, "done");
        Api.Response again = webhooks.deliver(deleted, id);

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("duplicate");
        assertThat(stored(id)).isEqualTo(1);
        // several poller rounds pass after the redelivery, and the deletion is still announced only once
        Awaitility.await()
                .during(Duration.ofMillis(800))
                .atMost(Duration.ofSeconds(3))
                .until(() -> effects.deletions.stream()
                                .filter(StreamItemDeleted.activity("act_redelivered")::equals)
                                .count()
                        == 1);
        JsonNode event = events.event(id);
        assertThat(event.get("deliveries").asInt()).isEqualTo(2);
        assertThat(event.get("attempts").asInt()).isEqualTo(1);
        assertThat(event.get("state").asString()).isEqualTo("done");
    }

    @Test
    void dedupesByBodyHashWhenTheWebhookIdIsMissing() {
        String body = "{\"type\":\"feeds.activity.added\",\"activity\":{\"id\":\"" + UUID.randomUUID() + "\"}}";

        Api.Response first = webhooks.send(bytes(body), webhooks.headers(webhooks.sign(body), null));
        Api.Response again = webhooks.send(bytes(body), webhooks.headers(webhooks.sign(body), null));

        assertThat(first.json().get("status").asString()).isEqualTo("accepted");
        assertThat(again.json().get("status").asString()).isEqualTo("duplicate");
    }

    @Test
    void acceptsGzipBodiesSignedOverTheDecompressedJson() {
        byte[] gzipped = StreamWebhooks.gzip(bytes(VECTOR_BODY));
        Map<String, String> declared =
                webhooks.headers(VECTOR_SIGNATURE, UUID.randomUUID().toString());
        declared.put("Content-Encoding", "gzip");
        Map<String, String> undeclared =
                webhooks.headers(VECTOR_SIGNATURE, UUID.randomUUID().toString());

        assertThat(webhooks.send(gzipped, declared).status()).isEqualTo(200);
        assertThat(webhooks.send(gzipped, undeclared).status()).isEqualTo(200);
        assertRefused(webhooks.send(
                gzipped,
                webhooks.headers(webhooks.sign(gzipped), UUID.randomUUID().toString())));
    }

    @Test
    void refusesAGzipBombBeyondTheLimit() {
        String huge = "{\"type\":\"feeds.activity.added\",\"pad\":\"" + "a".repeat(8 * MIB) + "\"}";
        byte[] bomb = StreamWebhooks.gzip(bytes(huge));
        assertThat(bomb.length).isLessThan(64 * 1024);

        Api.Response response = webhooks.send(
                bomb, webhooks.headers(webhooks.sign(huge), UUID.randomUUID().toString()));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("code").asString()).isEqualTo("payload_too_large");
    }

    @Test
    void acceptsOneMebibyteAndRefusesOneByteMore() {
        String exact = padded(MIB);
        String over = padded(MIB + 1);

        assertThat(webhooks.deliver(exact).status()).isEqualTo(200);
        Api.Response refused = webhooks.deliver(over);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().get("code").asString()).isEqualTo("payload_too_large");
    }

    @Test
    void deletedActivitiesAndCommentsAreAnnounced() {
        String activity = UUID.randomUUID().toString();
        String comment = UUID.randomUUID().toString();
        webhooks.deliver(
                "{\"type\":\"feeds.activity.deleted\",\"fid\":\"user:u1\",\"activity\":{\"id\":\"act_gone\"}}",
                activity);
        webhooks.deliver(
                "{\"type\":\"feeds.comment.deleted\",\"comment\":{\"id\":\"cmt_gone\",\"object_id\":\"act_7\"}}",
                comment);

        events.awaitState(activity, "done");
        events.awaitState(comment, "done");
        assertThat(effects.deletions)
                .contains(
                        new StreamItemDeleted(StreamItemDeleted.Kind.ACTIVITY, "act_gone"),
                        new StreamItemDeleted(StreamItemDeleted.Kind.COMMENT, "cmt_gone"));
    }

    @Test
    void aSignedBodyThatIsNotJsonIsMalformed() {
        Api.Response response = webhooks.deliver("not json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("malformed_request");
    }

    private static void assertRefused(Api.Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("invalid_token");
        assertThat(response.body()).doesNotContain(SECRET, VECTOR_SIGNATURE);
    }

    private long stored(String id) {
        return admin("/api/admin/webhook-events?limit=100")
                .json()
                .get("events")
                .valueStream()
                .filter(e -> e.get("id").asString().equals(id))
                .count();
    }

    private Api.Response admin(String path) {
        return api.get(path, jwts.token("u_admin", "admin"));
    }

    private static String padded(int size) {
        String head = "{\"type\":\"feeds.activity.added\",\"pad\":\"";
        String tail = "\"}";
        return head + "a".repeat(size - head.length() - tail.length()) + tail;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
