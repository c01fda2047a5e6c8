package com.peerloop.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;

class ProblemResponseTest extends GatewayTestBase {

    @Test
    void unknownApiRouteIsNotFoundProblem() {
        Api.Response response = api.get("/api/no-such-thing", jwts.token("u1", "student"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("not_found");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:peerloop:problem:not_found");
        assertThat(response.json().get("instance").asString()).isEqualTo("/api/no-such-thing");
    }

    @Test
    void pathOutsideTheApiIsNotFoundEvenWithoutToken() {
        Api.Response response = api.get("/wp-admin", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("not_found");
    }

    @Test
    void wellFormedIncomingRequestIdIsReused() {
        Api.Response response = api.send("POST", "/api/stream/token", Map.of("X-Request-Id", "req-abc_123.4"), null);

        assertThat(response.header("X-Request-Id")).isEqualTo("req-abc_123.4");
        assertThat(response.json().get("requestId").asString()).isEqualTo("req-abc_123.4");
    }

    @Test
    void malformedIncomingRequestIdIsReplaced() {
        Api.Response response = api.send("POST", "/api/stream/token",
                Map.of("X-Request-Id", "bad id <script>"), null);

        assertThat(response.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(response.json().get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void wrongMethodIsAProblemToo() {
        Api.Response response = api.get("/api/stream/token", jwts.token("u1", "student"));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json().get("code").asString()).isEqualTo("method_not_allowed");
    }
}
