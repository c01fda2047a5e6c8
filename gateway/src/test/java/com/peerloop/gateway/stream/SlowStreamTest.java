package com.peerloop.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;

/**
 * Stream answering later than the timeout: callers get 503 within the timeout plus a margin. In this
 * synchronous servlet stack an answer means the request thread has returned, so none stays stuck.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"stream.timeout=500ms", "peerloop.feed.read-freshness=0s"})
class SlowStreamTest extends GatewayTestBase {

    /** Generous: the bound is the 500 ms timeout; the margin absorbs a busy build machine. */
    private static final Duration WITHIN = Duration.ofMillis(500 + 1500);

    private String student;

    @BeforeAll
    void records() {
        new Records(new Api(port), jwts).course("sc1", "s_creator").enroll("sc1", "s_student");
        student = jwts.token("s_student", "student");
    }

    @BeforeEach
    void slowStream() {
        stream.delay(Duration.ofSeconds(4));
    }

    @Test
    void slowReadIsAnswered503WithinTheTimeoutWithoutARetry() {
        assertAnswered503Within(() -> api.get("/api/feeds/course/sc1/activities", student));
    }

    @Test
    void slowWriteIsAnswered503WithinTheTimeout() {
        assertAnswered503Within(
                () -> api.post("/api/feeds/course/sc1/activities", student, "{\"type\":\"post\",\"text\":\"slow\"}"));
    }

    @Test
    void slowTokenRequestIsAnswered503WithinTheTimeout() {
        assertAnswered503Within(() -> api.post("/api/stream/token", jwts.token("s_token", "student"), null));
    }

    private static void assertAnswered503Within(Supplier<Api.Response> call) {
        long started = System.nanoTime();

        Api.Response response = call.get();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WITHIN);
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().get("code").asString()).isEqualTo("upstream_unavailable");
        assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
    }
}
