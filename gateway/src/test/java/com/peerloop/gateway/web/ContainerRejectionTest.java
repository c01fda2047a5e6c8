package com.peerloop.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Requests Tomcat refuses before the application sees them still get the contract's problem body. They
 * are sent over a raw socket, because an HTTP client library refuses to send most of them.
 */
class ContainerRejectionTest extends GatewayTestBase {

    @Test
    void hundredKilobyteAuthorizationHeaderIsAMalformedRequestProblem() throws IOException {
        Api.Response response = raw("GET /api/me HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: big-token-1\r\n"
                + "Authorization: Bearer " + "x".repeat(100 * 1024) + "\r\nConnection: close\r\n\r\n");

        assertIsProblem(response, 400, "malformed_request");
        assertThat(response.json().get("detail").asString()).contains("8192 bytes");
        assertThat(response.json().get("instance").asString()).isEqualTo("/api/me");
        assertThat(response.json().get("requestId").asString()).isEqualTo("big-token-1");
    }

    @Test
    void overLongRequestLineIsAMalformedRequestProblem() throws IOException {
        Api.Response response = raw(
                "GET /api/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n");

        assertIsProblem(response, 400, "malformed_request");
        assertThat(response.body()).doesNotContain("aaaaaaaaaa");
    }

    @Test
    void malformedRequestLinesAreMalformedRequestProblems() throws IOException {
        for (String line : List.of(
                "GET /api/me?{} HTTP/1.1",
                "G(T /api/me HTTP/1.1",
                "GET /api/me HTTP/1.1 x",
                "GARBAGE",
                "GET /api/a%00b HTTP/1.1")) {
            Api.Response response = raw(line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

            assertIsProblem(response, 400, "malformed_request");
        }
    }

    @Test
    void malformedHeaderIsAMalformedRequestProblem() throws IOException {
        Api.Response response =
                raw("GET /api/me HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n" + "Connection: close\r\n\r\n");

        assertIsProblem(response, 400, "malformed_request");
    }

    @Test
    void unsupportedHttpVersionKeepsItsStatusAndIsAMalformedRequestProblem() throws IOException {
        Api.Response response = raw("GET /api/me HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertIsProblem(response, 505, "malformed_request");
    }

    @Test
    void traceIsRefusedAsMethodNotAllowedWithoutAnErrorRoute() throws IOException {
        Api.Response response = raw("TRACE /api/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertIsProblem(response, 405, "method_not_allowed");
        assertThat(response.json().get("instance").asString()).isEqualTo("/api/me");
    }

    private void assertIsProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("Server")).isNull();
        assertThat(response.header("X-Powered-By")).isNull();
        assertThat(response.body())
                .doesNotContainIgnoringCase("<html")
                .doesNotContainIgnoringCase("tomcat")
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("org.apache");
        assertThat(response.json().propertyNames())
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "code", "requestId");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:peerloop:problem:" + code);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).isNotBlank();
        assertThat(response.json().get("instance").asString()).isNotBlank();
        assertThat(response.json().get("code").asString()).isEqualTo(code);
        assertThat(response.json().get("requestId").asString()).isNotBlank().isEqualTo(response.header("X-Request-Id"));
        assertThat(stream.requests()).isEmpty();
    }

    /** Sends the bytes as they are and reads the answer until the server closes the connection. */
    private Api.Response raw(String request) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (java.net.SocketException resetAfterTheAnswer) {
                // the server may reset a connection whose unread request bytes it discards
            }
        }
        return parse(received.toString(StandardCharsets.ISO_8859_1));
    }

    private static Api.Response parse(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        assertThat(end).as("a complete HTTP answer: %s", answer).isPositive();
        String[] lines = answer.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon), k -> new java.util.ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        return new Api.Response(status, headers, answer.substring(end + 4));
    }
}
