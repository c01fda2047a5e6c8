package com.peerloop.gateway.revocation;

import static com.peerloop.testsupport.AdminCalls.awaitNextSecond;
import static com.peerloop.testsupport.AdminCalls.revokeAll;
import static com.peerloop.testsupport.AdminCalls.streamToken;
import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.AdminCalls;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.StreamClientCalls;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An app-wide revocation touches every user, so the application context this class used is closed after
 * it rather than handed on to another test.
 */
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // each revocation refuses the tokens the next test mints as "old"
class AllTokensRevocationTest extends GatewayTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    @Order(1)
    void refusesEveryOlderJwtAndStreamTokenAndAcceptsNewOnes() {
        Instant earlier = Instant.now().minusSeconds(10);
        List<String> old = List.of(
                jwts.forUser("u_a").issuedAt(earlier).sign(),
                jwts.forUser("u_b").roles("teacher").issuedAt(earlier).sign(),
                jwts.forUser("admin_all").roles("admin").issuedAt(earlier).sign());
        List<String> oldStreamTokens = old.stream()
                .map(jwt -> streamToken(api, jwt).json().get("token").asString())
                .toList();
        awaitNextSecond();
        stream.clearRequests();

        Api.Response response = revokeAll(api, jwts.token("admin_all", "admin"), "signing key leaked", null);

        assertThat(response.status()).isEqualTo(200);
        Instant cutoff = Instant.parse(response.json().get("revokedBefore").asString());
        assertThat(response.json().has("userId")).isFalse();
        old.forEach(jwt -> assertThat(streamToken(api, jwt).status()).isEqualTo(401));
        oldStreamTokens.forEach(
                token -> assertThat(stream.acceptsUserToken(token)).isFalse());
        for (String user : List.of("u_a", "u_b", "u_new")) {
            Api.Response fresh = streamToken(api, jwts.token(user, "student"));
            assertThat(fresh.status()).isEqualTo(200);
            assertThat(stream.acceptsUserToken(fresh.json().get("token").asString()))
                    .isTrue();
        }
        assertThat(stream.state().app().revokeTokensIssuedBefore()).contains(cutoff.minusSeconds(5));
    }

    @Test
    @Order(2)
    void sendsStreamAnAppUpdateCarryingOnlyTheRevocationField() {
        stream.clearRequests();

        Api.Response response = revokeAll(api, jwts.token("admin_all", "admin"), "rotate everything", "req-all-1");

        assertThat(stream.requests("updateApp")).hasSize(1);
        JsonNode body = JSON.readTree(stream.requests("updateApp").get(0).body());
        assertThat(body.propertyNames()).containsExactly("revoke_tokens_issued_before");
        Instant sent = OffsetDateTime.parse(
                        body.get("revoke_tokens_issued_before").asString())
                .toInstant();
        assertThat(sent)
                .isEqualTo(Instant.parse(response.json().get("revokedBefore").asString())
                        .minusSeconds(5));
    }

    @Test
    @Order(3)
    void leavesTheAppsWebhookSettingsAsTheyWere() {
        String hooks =
                "{\"webhook_url\":\"https://gw.example/api/stream/webhook\",\"webhook_events\":[\"user.banned\"],"
                        + "\"event_hooks\":[{\"hook_type\":\"webhook\",\"enabled\":true,\"event_types\":[],"
                        + "\"webhook_url\":\"https://gw.example/api/stream/webhook\"}]}";
        String serverToken = Jwts.builder()
                .claim("server", true)
                .issuedAt(new java.util.Date())
                .signWith(Keys.hmacShaKeyFor(stream.apiSecret().getBytes(StandardCharsets.UTF_8)))
                .compact();
        StreamClientCalls calls = new StreamClientCalls(stream);
        assertThat(calls.send("PATCH", "/api/v2/app", serverToken, hooks).status())
                .isEqualTo(200);
        JsonNode before = JSON.readTree(
                        calls.send("GET", "/api/v2/app", serverToken, null).body())
                .get("app");

        Api.Response response = revokeAll(api, jwts.token("admin_all", "admin"), "rotate everything", null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode after = JSON.readTree(
                        calls.send("GET", "/api/v2/app", serverToken, null).body())
                .get("app");
        for (String setting : List.of("webhook_url", "webhook_events", "event_hooks")) {
            assertThat(after.get(setting)).as(setting).isEqualTo(before.get(setting));
        }
        assertThat(after.get("webhook_url").asString()).isEqualTo("https://gw.example/api/stream/webhook");
        assertThat(after.get("event_hooks")).hasSize(1);
        assertThat(stream.state().app().revokeTokensIssuedBefore())
                .contains(Instant.parse(response.json().get("revokedBefore").asString())
                        .minusSeconds(5));
    }

    @Test
    @Order(4)
    void auditsTheAppWideRevocation() {
        revokeAll(api, jwts.token("admin_all", "admin"), "signing key leaked", "req-all-2");

        var entries = AdminCalls.audit(api, jwts.token("admin_all", "admin"), "?limit=10")
                .json()
                .get("entries");
        JsonNode entry = java.util.stream.StreamSupport.stream(entries.spliterator(), false)
                .filter(e -> "req-all-2".equals(e.get("requestId").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(entry.get("actorId").asString()).isEqualTo("admin_all");
        assertThat(entry.get("action").asString()).isEqualTo("tokens.revoke_all");
        assertThat(entry.get("target").asString()).isEqualTo("app");
        assertThat(entry.get("reason").asString()).isEqualTo("signing key leaked");
    }
}
