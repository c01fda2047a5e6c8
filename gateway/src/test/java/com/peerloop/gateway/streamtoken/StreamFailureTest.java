package com.peerloop.gateway.streamtoken;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "stream.timeout=1s")
class StreamFailureTest extends GatewayTestBase {

    @Test
    void streamServerErrorBecomesUpstreamUnavailableWithRetryAfter() {
        stream.failAlways(503);

        Api.Response response = api.post("/api/stream/token", jwts.token("u_down", "student"), null);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().get("code").asString()).isEqualTo("upstream_unavailable");
        assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
        assertNoLeak(response);
    }

    @Test
    void streamRateLimitBecomesOurRateLimitedWithRetryAfter() {
        stream.rateLimitAlways();

        Api.Response response = api.post("/api/stream/token", jwts.token("u_limited", "student"), null);

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.json().get("code").asString()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, 61L);
        assertNoLeak(response);
    }

    @Test
    void streamRefusingTheRequestIsAnUpstreamErrorWithoutRetryAfter() {
        stream.failAlways(400);

        Api.Response response = api.post("/api/stream/token", jwts.token("u_refused", "student"), null);

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.json().get("code").asString()).isEqualTo("upstream_error");
        assertThat(response.header("Retry-After")).isNull();
        assertNoLeak(response);
    }

    @Test
    void slowStreamBecomesUpstreamUnavailableWithinTheTimeout() {
        stream.delay(Duration.ofSeconds(3));
        long started = System.nanoTime();

        Api.Response response = api.post("/api/stream/token", jwts.token("u_slow", "student"), null);

        assertThat(response.status()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2900));
        assertNoLeak(response);
    }

    @Test
    void recoversOnceStreamIsBack() {
        // The user's creation is a write, which the gateway never retries; the look-up before it is a read,
        // which it retries once, so failing "the next request" could be absorbed by that retry.
        stream.failNext("upsertUsers", 1, 500);
        assertThat(api.post("/api/stream/token", jwts.token("u_back", "student"), null)
                        .status())
                .isEqualTo(503);

        assertThat(api.post("/api/stream/token", jwts.token("u_back", "student"), null)
                        .status())
                .isEqualTo(200);
    }

    private void assertNoLeak(Api.Response response) {
        assertThat(response.body())
                .doesNotContain("Exception", "\tat ", "io.getstream", "okhttp", stream.apiSecret(), jwts.secret());
        assertThat(response.json().get("requestId").asString()).isNotBlank();
    }
}
