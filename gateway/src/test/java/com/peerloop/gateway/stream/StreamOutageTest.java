package com.peerloop.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Stream failing or rate limiting: clear 503/429 answers, one read retry, no write retry, breakers per call. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(
        properties = {
            "stream.timeout=500ms",
            "stream.resilience.window-size=4",
            "stream.resilience.minimum-calls=4",
            "stream.resilience.failure-rate-threshold=50",
            "stream.resilience.open-wait=1s",
            "stream.resilience.retry-backoff=20ms",
            "peerloop.feed.read-freshness=0s"
        })
class StreamOutageTest extends GatewayTestBase {

    private static final String FEED = "/api/feeds/course/oc1/activities";
    private static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    private CircuitBreakerRegistry breakers;

    private String student;

    @BeforeAll
    void records() {
        new Records(new Api(port), jwts).course("oc1", "o_creator").enroll("oc1", "o_student");
        student = jwts.token("o_student", "student");
    }

    @BeforeEach
    void closedBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void readDuringAnOutageIsRetriedOnceThenAnswered503WithRetryAfter() {
        stream.failAlways(503);

        Api.Response response = api.get(FEED, student);

        assertUnavailable(response);
        assertThat(stream.requests("getOrCreateFeed")).hasSize(2);
    }

    @Test
    void writeDuringAnOutageIsAnswered503WithRetryAfterAndNeverRetried() {
        assertThat(api.post(FEED, student, post("warm-up")).status()).isEqualTo(201);
        stream.clearRequests();
        stream.failAlways("addActivity", 500);

        Api.Response response = api.post(FEED, student, post("during the outage"));

        assertUnavailable(response);
        assertThat(stream.requests("addActivity")).hasSize(1);
    }

    @Test
    void writeBreakerOpensAfterFourFailuresStopsCallingStreamAndRecoversWhenStreamIsBack() {
        // a token request first asks whether the user exists (a read), then creates it (a write)
        stream.failAlways("upsertUsers", 503);
        for (int i = 0; i < 4; i++) {
            assertUnavailable(token());
        }
        assertThat(stream.requests("upsertUsers")).hasSize(4);

        for (int i = 0; i < 3; i++) {
            Api.Response refused = token();
            assertUnavailable(refused);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
        }
        assertThat(stream.requests("upsertUsers")).hasSize(4);

        stream.heal();
        assertThat(eventually(this::token).status()).isEqualTo(200);
        assertThat(token().status()).isEqualTo(200);
        assertThat(breakers.circuitBreaker("upsertUsers").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void readBreakerOpensAfterTwoRetriedFailuresAndRecoversWhenStreamIsBack() {
        stream.failAlways(503);
        assertUnavailable(api.get(FEED, student));
        assertUnavailable(api.get(FEED, student));
        assertThat(stream.requests("getOrCreateFeed")).hasSize(4);

        assertUnavailable(api.get(FEED, student));
        assertThat(stream.requests("getOrCreateFeed")).hasSize(4);

        stream.heal();
        assertThat(eventually(() -> api.get(FEED, student)).status()).isEqualTo(200);
        assertThat(api.get(FEED, student).status()).isEqualTo(200);
    }

    @Test
    void streamRateLimitBecomesOur429WithoutRetryAndDoesNotOpenTheBreaker() {
        stream.rateLimitAlways();

        for (int i = 0; i < 6; i++) {
            Api.Response response = api.get(FEED, student);
            assertThat(response.status()).isEqualTo(429);
            assertThat(response.json().get("code").asString()).isEqualTo("rate_limited");
            assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, 61L);
        }

        assertThat(stream.requests("getOrCreateFeed")).hasSize(6);
    }

    private Api.Response token() {
        return api.post("/api/stream/token", jwts.token("o_user" + USERS.incrementAndGet(), "student"), null);
    }

    /** Repeats the call until it is not a 503, for up to ten seconds (the breaker waits one). */
    private static Api.Response eventually(Supplier<Api.Response> call) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        Api.Response response = call.get();
        while (response.status() == 503 && Instant.now().isBefore(deadline)) {
            sleep(200);
            response = call.get();
        }
        return response;
    }

    private static void assertUnavailable(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.json().get("code").asString()).isEqualTo("upstream_unavailable");
        assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
    }

    private static String post(String text) {
        return "{\"type\":\"post\",\"text\":\"" + text + "\"}";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
