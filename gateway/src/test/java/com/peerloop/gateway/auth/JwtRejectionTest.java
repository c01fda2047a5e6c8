package com.peerloop.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.FakeStream;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.TestJwts;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JwtRejectionTest extends GatewayTestBase {

    /** A named way to present a bad credential to the token endpoint. */
    record Case(String name, Function<Ctx, Api.Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Ctx(Api api, TestJwts jwts, FakeStream stream) {
        Api.Response bearer(String token) {
            return api.post("/api/stream/token", token, null);
        }
    }

    static Stream<Arguments> rejectedCredentials() {
        Instant now = Instant.now();
        return Stream.of(
                        new Case("no Authorization header", c -> c.bearer(null)),
                        new Case("malformed token", c -> c.bearer("not-a-jwt")),
                        new Case("three garbage segments", c -> c.bearer("abc.def.ghi")),
                        new Case(
                                "Basic scheme",
                                c -> c.api()
                                        .send(
                                                "POST",
                                                "/api/stream/token",
                                                Map.of("Authorization", "Basic dXNlcjpwYXNz"),
                                                null)),
                        new Case(
                                "bad signature",
                                c -> c.bearer(c.jwts()
                                        .forUser("u1")
                                        .signedWith(Keys.hmacShaKeyFor(
                                                TestJwts.randomSecret().getBytes(StandardCharsets.UTF_8)))
                                        .sign())),
                        new Case(
                                "HS512 where the secret is too short for it",
                                // a 64-byte key makes jjwt sign with HS512; the gateway's secret has 48 bytes
                                c -> c.bearer(c.jwts()
                                        .forUser("u1")
                                        .signedWith(Keys.hmacShaKeyFor(
                                                "k".repeat(64).getBytes(StandardCharsets.UTF_8)))
                                        .sign())),
                        new Case("alg none", c -> c.bearer(c.jwts().unsigned("none", "u1"))),
                        new Case("alg None", c -> c.bearer(c.jwts().unsigned("None", "u1"))),
                        new Case("alg NONE", c -> c.bearer(c.jwts().unsigned("NONE", "u1"))),
                        new Case(
                                "Stream user token",
                                c -> c.bearer(Jwts.builder()
                                        .claim("user_id", "u1")
                                        .issuedAt(new java.util.Date())
                                        .signWith(
                                                Keys.hmacShaKeyFor(
                                                        c.stream().apiSecret().getBytes(StandardCharsets.UTF_8)),
                                                Jwts.SIG.HS256)
                                        .compact())),
                        new Case(
                                "expired",
                                c -> c.bearer(c.jwts()
                                        .forUser("u1")
                                        .issuedAt(now.minusSeconds(3600))
                                        .expiresAt(now.minusSeconds(120))
                                        .sign())),
                        new Case(
                                "nbf in the future",
                                c -> c.bearer(c.jwts()
                                        .forUser("u1")
                                        .notBefore(now.plusSeconds(300))
                                        .sign())),
                        new Case(
                                "no exp",
                                c -> c.bearer(
                                        c.jwts().forUser("u1").without("exp").sign())),
                        new Case(
                                "no iat",
                                c -> c.bearer(
                                        c.jwts().forUser("u1").without("iat").sign())),
                        new Case(
                                "iat in the future",
                                c -> c.bearer(c.jwts()
                                        .forUser("u1")
                                        .issuedAt(now.plusSeconds(600))
                                        .expiresAt(now.plusSeconds(1200))
                                        .sign())),
                        new Case(
                                "wrong issuer",
                                c -> c.bearer(c.jwts()
                                        .forUser("u1")
                                        .issuer("https://evil.test")
                                        .sign())),
                        new Case(
                                "wrong audience",
                                c -> c.bearer(c.jwts()
                                        .forUser("u1")
                                        .audience("another-app")
                                        .sign())),
                        new Case(
                                "no audience",
                                c -> c.bearer(
                                        c.jwts().forUser("u1").without("aud").sign())),
                        new Case(
                                "no sub",
                                c -> c.bearer(
                                        c.jwts().forUser("u1").without("sub").sign())),
                        new Case(
                                "sub with a slash",
                                c -> c.bearer(c.jwts().forUser("a/b").sign())),
                        new Case(
                                "sub with dots",
                                c -> c.bearer(c.jwts().forUser("../x").sign())),
                        new Case(
                                "sub of 65 characters",
                                c -> c.bearer(c.jwts().forUser("x".repeat(65)).sign())),
                        new Case(
                                "token in a query parameter",
                                c -> c.api()
                                        .post(
                                                "/api/stream/token?access_token="
                                                        + c.jwts().token("u1", "student"),
                                                null,
                                                null)))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedCredentials")
    void refusesWithInvalidTokenProblemAndNeverCallsStream(Case rejected) {
        Api.Response response = rejected.call().apply(new Ctx(api, jwts, stream));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("invalid_token");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(response.json().get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
        assertThat(stream.requests()).isEmpty();
    }
}
