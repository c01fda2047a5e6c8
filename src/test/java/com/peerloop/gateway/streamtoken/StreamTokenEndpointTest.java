package com.peerloop.gateway.streamtoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import tools.jackson.databind.JsonNode;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;

class StreamTokenEndpointTest extends GatewayTestBase {

    @Value("${stream.token-validity}")
    Duration validity;

    @Test
    void issuesStreamTokenSignedWithStreamSecretForTheCaller() {
        String jwt = jwts.forUser("u_42").name("Ada Lovelace").picture("https://img.peerloop.test/ada.png")
                .roles("student").sign();

        Api.Response response = api.post("/api/stream/token", jwt, null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("apiKey").asString()).isEqualTo(stream.apiKey());
        assertThat(body.get("userId").asString()).isEqualTo("u_42");
        SecretKey streamKey = Keys.hmacShaKeyFor(stream.apiSecret().getBytes(StandardCharsets.UTF_8));
        Jws<Claims> token = Jwts.parser().verifyWith(streamKey).build().parseSignedClaims(body.get("token").asString());
        assertThat(token.getHeader().getAlgorithm()).isEqualTo("HS256");
        assertThat(token.getPayload().get("user_id", String.class)).isEqualTo("u_42");
        Instant iat = token.getPayload().getIssuedAt().toInstant();
        Instant exp = token.getPayload().getExpiration().toInstant();
        // The SDK back-dates iat by 5 s for clock drift; exp is issue time + the configured validity.
        assertThat(Duration.between(iat, exp)).isEqualTo(validity.plusSeconds(5));
        assertThat(Instant.parse(body.get("expiresAt").asString())).isEqualTo(exp);
        assertThat(exp).isBetween(Instant.now().plus(validity).minusSeconds(10), Instant.now().plus(validity));
        assertThat(stream.acceptsUserToken(body.get("token").asString())).isTrue();
    }

    @Test
    void createsTheStreamUserWithNameAndAvatarBeforeReturning() {
        String jwt = jwts.forUser("u_ada").name("Ada").picture("https://img.peerloop.test/a.png").sign();

        assertThat(api.post("/api/stream/token", jwt, null).status()).isEqualTo(200);

        var user = stream.state().users().get("u_ada").orElseThrow();
        assertThat(user.name()).isEqualTo("Ada");
        assertThat(user.image()).isEqualTo("https://img.peerloop.test/a.png");
    }

    @Test
    void upsertsAgainOnlyWhenNameOrAvatarChanged() {
        String first = jwts.forUser("u_repeat").name("Grace").sign();
        api.post("/api/stream/token", first, null);
        api.post("/api/stream/token", first, null);
        assertThat(stream.requests("upsertUsers")).hasSize(1);

        api.post("/api/stream/token", jwts.forUser("u_repeat").name("Grace Hopper").sign(), null);

        assertThat(stream.requests("upsertUsers")).hasSize(2);
        assertThat(stream.state().users().get("u_repeat").orElseThrow().name()).isEqualTo("Grace Hopper");
    }

    @Test
    void upsertSendsOnlyTheFieldsItSets() {
        api.post("/api/stream/token", jwts.forUser("u_sparse").name("No Picture").without("picture").sign(), null);

        String body = stream.requests("upsertUsers").get(0).body();
        assertThat(body).isEqualTo("{\"users\":{\"u_sparse\":{\"id\":\"u_sparse\",\"name\":\"No Picture\"}}}");
    }
}
