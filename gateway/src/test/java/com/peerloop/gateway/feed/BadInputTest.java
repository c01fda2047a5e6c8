package com.peerloop.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.util.Collections;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest extends GatewayTestBase {

    private static final String FEED = "/api/feeds/course/bc1/activities";

    @BeforeAll
    void records() {
        new Records(new Api(port), jwts).course("bc1", "b_creator").enroll("bc1", "b_student");
    }

    static String post(String text) {
        return "{\"type\":\"post\",\"text\":\"" + text + "\"}";
    }

    static Stream<Arguments> badRequests() {
        String sixtyFive = "x".repeat(65);
        String elevenUrls = String.join(",", Collections.nCopies(11, "\"https://cdn.peerloop.test/a.png\""));
        return Stream.of(
                Arguments.of(
                        "dot-dot id", "GET", "/api/feeds/course/../x/activities", null, null, 400, "validation_failed"),
                Arguments.of(
                        "encoded slash id",
                        "GET",
                        "/api/feeds/course/a%2Fb/activities",
                        null,
                        null,
                        400,
                        "validation_failed"),
                Arguments.of(
                        "65-character id",
                        "GET",
                        "/api/feeds/course/" + sixtyFive + "/activities",
                        null,
                        null,
                        400,
                        "validation_failed"),
                Arguments.of(
                        "unicode id",
                        "GET",
                        "/api/feeds/course/caf%C3%A9/activities",
                        null,
                        null,
                        400,
                        "validation_failed"),
                Arguments.of(
                        "wildcard id", "GET", "/api/feeds/course/*/activities", null, null, 400, "validation_failed"),
                Arguments.of(
                        "SQL in id",
                        "GET",
                        "/api/feeds/course/1%27%20OR%20%271%27%3D%271/activities",
                        null,
                        null,
                        400,
                        "validation_failed"),
                Arguments.of(
                        "SQL in activity id",
                        "GET",
                        "/api/activities/x%27%3Bdrop%20table%20courses",
                        null,
                        null,
                        400,
                        "validation_failed"),
                Arguments.of(
                        "wildcard follow target",
                        "POST",
                        "/api/follows",
                        "application/json",
                        "{\"target\":\"course:*\"}",
                        400,
                        "validation_failed"),
                Arguments.of(
                        "5001-character text",
                        "POST",
                        FEED,
                        "application/json",
                        post("y".repeat(5001)),
                        400,
                        "validation_failed"),
                Arguments.of("empty text", "POST", FEED, "application/json", post(""), 400, "validation_failed"),
                Arguments.of(
                        "11 attachments",
                        "POST",
                        FEED,
                        "application/json",
                        "{\"type\":\"post\",\"text\":\"t\",\"attachments\":[" + elevenUrls + "]}",
                        400,
                        "validation_failed"),
                Arguments.of(
                        "http attachment",
                        "POST",
                        FEED,
                        "application/json",
                        "{\"type\":\"post\",\"text\":\"t\",\"attachments\":[\"http://cdn.peerloop.test/a.png\"]}",
                        400,
                        "validation_failed"),
                Arguments.of(
                        "oversized custom",
                        "POST",
                        FEED,
                        "application/json",
                        "{\"type\":\"post\",\"text\":\"t\",\"custom\":{\"blob\":\"" + "z".repeat(5000) + "\"}}",
                        400,
                        "validation_failed"),
                Arguments.of(
                        "unknown type",
                        "POST",
                        FEED,
                        "application/json",
                        "{\"type\":\"poll\",\"text\":\"t\"}",
                        400,
                        "validation_failed"),
                Arguments.of(
                        "missing type", "POST", FEED, "application/json", "{\"text\":\"t\"}", 400, "validation_failed"),
                Arguments.of(
                        "malformed JSON",
                        "POST",
                        FEED,
                        "application/json",
                        "{\"type\":\"post\",",
                        400,
                        "malformed_request"),
                Arguments.of("wrong content type", "POST", FEED, "text/plain", post("t"), 400, "malformed_request"),
                Arguments.of(
                        "1 MiB body",
                        "POST",
                        FEED,
                        "application/json",
                        post("w".repeat(1024 * 1024)),
                        413,
                        "payload_too_large"),
                Arguments.of("limit 0", "GET", FEED + "?limit=0", null, null, 400, "validation_failed"),
                Arguments.of("limit 101", "GET", FEED + "?limit=101", null, null, 400, "validation_failed"),
                Arguments.of("limit -1", "GET", FEED + "?limit=-1", null, null, 400, "validation_failed"),
                Arguments.of("limit not a number", "GET", FEED + "?limit=ten", null, null, 400, "validation_failed"),
                Arguments.of(
                        "bad reaction type",
                        "POST",
                        "/api/activities/a1/reactions",
                        "application/json",
                        "{\"type\":\"Like!\"}",
                        400,
                        "validation_failed"),
                Arguments.of(
                        "unknown feed group", "GET", "/api/feeds/secret/x/activities", null, null, 404, "not_found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void refusesWithTheContractsCodeAndNeverCallsStream(
            String name, String method, String path, String contentType, String body, int status, String code) {
        Map<String, String> headers = contentType == null
                ? Map.of("Authorization", "Bearer " + jwts.token("b_student", "student"))
                : Map.of("Authorization", "Bearer " + jwts.token("b_student", "student"), "Content-Type", contentType);

        Api.Response response = api.send(method, path, headers, body);

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
        if (code.equals("validation_failed")) {
            assertThat(response.json().get("errors").size()).isPositive();
        }
        assertThat(stream.requests()).isEmpty();
    }
}
