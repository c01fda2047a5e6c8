package com.peerloop.gateway.streamtoken;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.StoredUser;
import com.peerloop.fakestream.UserState;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StreamTokenEndpointTest extends GatewayTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${stream.token-validity}")
    Duration validity;

    @Test
    void issuesStreamTokenSignedWithStreamSecretForTheCaller() {
        String jwt = jwts.forUser("u_42")
                .name("Ada Lovelace")
                .picture("https://img.peerloop.test/ada.png")
                .roles("student")
                .sign();

        Api.Response response = api.post("/api/stream/token", jwt, null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("apiKey").asString()).isEqualTo(stream.apiKey());
        assertThat(body.get("userId").asString()).isEqualTo("u_42");
        SecretKey streamKey = Keys.hmacShaKeyFor(stream.apiSecret().getBytes(StandardCharsets.UTF_8));
        Jws<Claims> token = Jwts.parser()
                .verifyWith(streamKey)
                .build()
                .parseSignedClaims(body.get("token").asString());
        assertThat(token.getHeader().getAlgorithm()).isEqualTo("HS256");
        assertThat(token.getPayload().get("user_id", String.class)).isEqualTo("u_42");
        Instant iat = token.getPayload().getIssuedAt().toInstant();
        Instant exp = token.getPayload().getExpiration().toInstant();
        // The SDK back-dates iat by 5 s for clock drift; exp is issue time + the configured validity.
        assertThat(Duration.between(iat, exp)).isEqualTo(validity.plusSeconds(5));
        assertThat(Instant.parse(body.get("expiresAt").asString())).isEqualTo(exp);
        assertThat(exp)
                .isBetween(
                        Instant.now().plus(validity).minusSeconds(10),
                        Instant.now().plus(validity));
        assertThat(stream.acceptsUserToken(body.get("token").asString())).isTrue();
    }

    @Test
    void createsTheStreamUserWithNameAndAvatarBeforeReturning() {
        String jwt = jwts.forUser("u_ada")
                .name("Ada")
                .picture("https://img.peerloop.test/a.png")
                .sign();

        assertThat(api.post("/api/stream/token", jwt, null).status()).isEqualTo(200);

        var user = stream.state().users().get("u_ada").orElseThrow();
        assertThat(user.name()).isEqualTo("Ada");
        assertThat(user.image()).isEqualTo("https://img.peerloop.test/a.png");
        // asked first, so that Stream is never sent a partial update of a user it may not know
        assertThat(stream.requests())
                .extracting(r -> r.operation() + " " + r.status())
                .containsExactly("queryUsers 200", "upsertUsers 200");
    }

    @Test
    void sendsTheProfileAgainOnlyWhenNameOrAvatarChangedAndThenAsAPartialUpdate() {
        String first = jwts.forUser("u_repeat").name("Grace").sign();
        api.post("/api/stream/token", first, null);
        api.post("/api/stream/token", first, null);
        assertThat(stream.requests("upsertUsers")).hasSize(1);
        assertThat(stream.requests("updateUsersPartial")).isEmpty();

        api.post(
                "/api/stream/token",
                jwts.forUser("u_repeat").name("Grace Hopper").sign(),
                null);

        assertThat(stream.requests("upsertUsers")).hasSize(1);
        assertThat(stream.requests("updateUsersPartial")).singleElement().matches(r -> r.status() == 200);
        assertThat(stream.state().users().get("u_repeat").orElseThrow().name()).isEqualTo("Grace Hopper");
    }

    @Test
    void upsertSendsOnlyTheFieldsItSets() {
        api.post(
                "/api/stream/token",
                jwts.forUser("u_sparse").name("No Picture").without("picture").sign(),
                null);

        String body = stream.requests("upsertUsers").get(0).body();
        assertThat(body).isEqualTo("{\"users\":{\"u_sparse\":{\"id\":\"u_sparse\",\"name\":\"No Picture\"}}}");

        api.post(
                "/api/stream/token",
                jwts.forUser("u_sparse")
                        .name("No Picture")
                        .picture("https://img.peerloop.test/s.png")
                        .sign(),
                null);
        api.post(
                "/api/stream/token",
                jwts.forUser("u_sparse")
                        .name("No Picture Again")
                        .without("picture")
                        .sign(),
                null);
        JsonNode update = JSON.readTree(
                        stream.requests("updateUsersPartial").get(1).body())
                .get("users")
                .get(0);
        assertThat(update.propertyNames()).containsExactlyInAnyOrder("id", "set", "unset");
        assertThat(update.get("set").toString()).isEqualTo("{\"name\":\"No Picture Again\"}");
        assertThat(update.get("unset").toString()).isEqualTo("[\"image\"]");
    }

    @Test
    void aProfileChangeSetsNameAndImageUnsetsWhatTheJwtLostAndKeepsWhatTheGatewayDoesNotOwn() {
        api.post(
                "/api/stream/token",
                jwts.forUser("u_keep")
                        .name("Kim")
                        .picture("https://img.peerloop.test/k.png")
                        .sign(),
                null);
        Instant revoked = Instant.parse("2026-01-01T00:00:00Z");
        StoredUser created = stream.state().users().get("u_keep").orElseThrow();
        stream.state()
                .users()
                .put(new StoredUser(
                        created.id(),
                        created.name(),
                        created.image(),
                        "moderator",
                        created.custom(),
                        created.createdAt(),
                        created.updatedAt(),
                        revoked));
        stream.clearRequests();

        assertThat(api.post(
                                "/api/stream/token",
                                jwts.forUser("u_keep")
                                        .name("Kim Lee")
                                        .without("picture")
                                        .sign(),
                                null)
                        .status())
                .isEqualTo(200);

        StoredUser changed = stream.state().users().get("u_keep").orElseThrow();
        assertThat(changed.name()).isEqualTo("Kim Lee");
        assertThat(changed.image()).isNull();
        assertThat(changed.role()).isEqualTo("moderator");
        assertThat(changed.revokeTokensIssuedBefore()).isEqualTo(revoked);
        assertThat(stream.requests())
                .extracting(r -> r.operation())
                .containsExactly("queryUsers", "updateUsersPartial");
    }

    @ParameterizedTest
    @EnumSource(UserState.UnknownUserPatch.class)
    void worksUnderEveryReadingOfAPartialUpdateOfAnUnknownUser(UserState.UnknownUserPatch reading) {
        String userId = "u_reading_" + reading.name().toLowerCase(java.util.Locale.ROOT);
        stream.state().users().unknownUserPatches(reading);
        try {
            String jwt = jwts.forUser(userId)
                    .name("Lin")
                    .picture("https://img.peerloop.test/l.png")
                    .sign();
            Api.Response first = api.post("/api/stream/token", jwt, null);
            StoredUser user = stream.state().users().get(userId).orElseThrow();
            Instant revoked = Instant.parse("2026-01-01T00:00:00Z");
            stream.state().users().revokeTokensIssuedBefore(userId, revoked);

            String lostPicture =
                    jwts.forUser(userId).name("Lin Wu").without("picture").sign();
            Api.Response renamed = api.post("/api/stream/token", lostPicture, null);

            assertThat(first.status()).isEqualTo(200);
            assertThat(user.name()).isEqualTo("Lin");
            assertThat(user.image()).isEqualTo("https://img.peerloop.test/l.png");
            // Stream is asked first, so a new user is created by the upsert under every reading
            assertThat(stream.requests("upsertUsers")).hasSize(1);
            assertThat(stream.requests()).noneMatch(r -> r.status() >= 400);
            assertThat(renamed.status()).isEqualTo(200);
            StoredUser after = stream.state().users().get(userId).orElseThrow();
            assertThat(after.name()).isEqualTo("Lin Wu");
            assertThat(after.image()).isNull();
            assertThat(after.revokeTokensIssuedBefore()).isEqualTo(revoked);
        } finally {
            stream.state().users().unknownUserPatches(UserState.UnknownUserPatch.REFUSE);
        }
    }

    @Test
    void refusesToReplaceAUserStreamHasButWouldNotUpdate() {
        api.post("/api/stream/token", jwts.forUser("u_stuck").name("Sam").sign(), null);
        stream.state().users().revokeTokensIssuedBefore("u_stuck", Instant.parse("2026-01-01T00:00:00Z"));
        stream.clearRequests();
        stream.failNext("updateUsersPartial", 1, 400);

        Api.Response response = api.post(
                "/api/stream/token", jwts.forUser("u_stuck").name("Sam Ray").sign(), null);

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.json().get("code").asString()).isEqualTo("upstream_error");
        assertThat(stream.requests("upsertUsers")).isEmpty();
        assertThat(stream.state().users().get("u_stuck").orElseThrow().revokeTokensIssuedBefore())
                .isNotNull();
    }
}
