package com.peerloop.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** One log line per request, with its fields and never its token; the trace reaches Stream. */
@ExtendWith(OutputCaptureExtension.class)
class AccessLogTest extends GatewayTestBase {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @Test
    void logsOneLineWithMethodRouteStatusDurationUserAndRequestIdButNoToken(CapturedOutput output) {
        String token = jwts.token("u_logged", "student");

        Api.Response response = api.send(
                "POST",
                "/api/stream/token",
                Map.of("Authorization", "Bearer " + token, "X-Request-Id", "req-log-1"),
                null);

        assertThat(response.status()).isEqualTo(200);
        String line = line(output, "requestId=req-log-1");
        assertThat(line)
                .contains("method=POST", "route=/api/stream/token", "status=200", "userId=u_logged", "durationMs=");
        assertThat(output.getAll())
                .doesNotContain(token, response.json().get("token").asString(), stream.apiSecret());
    }

    @Test
    void logsTheRouteTemplateRatherThanTheIds(CapturedOutput output) {
        api.send(
                "GET",
                "/api/feeds/course/c_unknown/activities",
                Map.of("Authorization", "Bearer " + jwts.token("u_outsider", "student"), "X-Request-Id", "req-log-2"),
                null);

        assertThat(line(output, "requestId=req-log-2"))
                .contains("method=GET", "route=/api/feeds/{group}/{id}/activities", "userId=u_outsider");
    }

    @Test
    void logsRefusedRequestsWithoutTheirToken(CapturedOutput output) {
        String forged = jwts.forUser("u_forged").issuer("https://evil.example").sign();

        api.send(
                "POST",
                "/api/stream/token",
                Map.of("Authorization", "Bearer " + forged, "X-Request-Id", "req-log-3"),
                null);

        assertThat(line(output, "requestId=req-log-3")).contains("status=401", "userId=-", "path=/api/stream/token");
        assertThat(output.getAll()).doesNotContain(forged);
    }

    @Test
    void propagatesTheCallersTraceToStreamAndIntoTheLog(CapturedOutput output) {
        api.send(
                "POST",
                "/api/stream/token",
                Map.of(
                        "Authorization",
                        "Bearer " + jwts.token("u_traced", "student"),
                        "X-Request-Id",
                        "req-log-4",
                        "traceparent",
                        TRACEPARENT),
                null);

        assertThat(stream.requests("upsertUsers"))
                .isNotEmpty()
                .allSatisfy(request -> assertThat(request.header("traceparent")).startsWith("00-" + TRACE_ID + "-"));
        assertThat(line(output, "requestId=req-log-4")).contains(TRACE_ID);
    }

    private static String line(CapturedOutput output, String marker) {
        return RequestLines.await(output, marker);
    }
}
