package com.peerloop.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
        Api.Response response = api.send("POST", "/api/stream/token", Map.of("X-Request-Id", "bad id <script>"), null);

        assertThat(response.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(response.json().get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void wrongMethodIsAProblemToo() {
        Api.Response response = api.get("/api/stream/token", jwts.token("u1", "student"));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json().get("code").asString()).isEqualTo("method_not_allowed");
        assertThat(response.header("Allow")).contains("POST");
    }

    @Test
    void unacceptableResponseTypeIsAProblemAllTheSame() {
        Api.Response response = api.send(
                "GET",
                "/api/me",
                Map.of("Authorization", "Bearer " + jwts.token("u1", "student"), "Accept", "text/html"),
                null);

        assertThat(response.status()).isEqualTo(406);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("not_acceptable");
        assertThat(response.json().get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void validationProblemHasTheContractFieldsAtTheTopLevelAndNothingElse() {
        Api.Response response = api.send(
                "GET",
                "/api/feeds/course/bad*id/activities",
                Map.of("Authorization", "Bearer " + jwts.token("u1", "student"), "X-Request-Id", "shape-1"),
                null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.propertyNames())
                .containsExactlyInAnyOrder(
                        "type", "title", "status", "detail", "instance", "code", "requestId", "errors");
        assertThat(body.get("type").asString()).isEqualTo("urn:peerloop:problem:validation_failed");
        assertThat(body.get("title").asString()).isEqualTo("Validation failed");
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("detail").asString()).isEqualTo("The request has invalid fields.");
        assertThat(body.get("instance").asString()).isEqualTo("/api/feeds/course/bad*id/activities");
        assertThat(body.get("code").asString()).isEqualTo("validation_failed");
        assertThat(body.get("requestId").asString()).isEqualTo("shape-1");
        assertThat(body.get("errors").isArray()).isTrue();
        assertThat(body.get("errors")).isNotEmpty().allSatisfy(error -> {
            assertThat(error.propertyNames()).containsExactlyInAnyOrder("field", "message");
            assertThat(error.get("message").asString()).isNotBlank();
        });
    }

    @Test
    void securityChainProblemHasTheSameShape() {
        Api.Response response = api.send("POST", "/api/stream/token", Map.of("X-Request-Id", "shape-2"), null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        JsonNode body = response.json();
        assertThat(body.propertyNames())
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "code", "requestId");
        assertThat(body.get("type").asString()).isEqualTo("urn:peerloop:problem:invalid_token");
        assertThat(body.get("status").asInt()).isEqualTo(401);
        assertThat(body.get("instance").asString()).isEqualTo("/api/stream/token");
        assertThat(body.get("code").asString()).isEqualTo("invalid_token");
        assertThat(body.get("requestId").asString()).isEqualTo("shape-2");
    }

    @Test
    void pathThatIsNotAUriIsEncodedOrNamedByRequestId() {
        assertThat(ProblemResponses.instance("/api/me", "r1")).hasToString("/api/me");
        assertThat(ProblemResponses.instance("/api/a%2Fb", "r1")).hasToString("/api/a%2Fb");
        assertThat(ProblemResponses.instance("/api/a|b{c}", "r1")).hasToString("/api/a%7Cb%7Bc%7D");
        assertThat(ProblemResponses.instance(null, "r1")).hasToString("urn:peerloop:request:r1");
        for (String notAUri : List.of("/api/%zz", "/api/a b")) {
            assertThat(ProblemResponses.instance(notAUri, "r1")).isNotNull();
        }
    }
}
