package com.peerloop.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.ExpectStreamRefusals;
import com.peerloop.testsupport.GatewayTestBase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@Tag("slow")
@TestPropertySource(
        properties = {
            "peerloop.rate-limit.token-per-minute=3",
            "peerloop.rate-limit.writes-per-minute=3",
            "peerloop.rate-limit.reads-per-minute=100",
            "peerloop.rate-limit.unsynchronized-percent=10"
        })
class RateLimitTest extends GatewayTestBase {

    @Autowired
    private MeterRegistry meters;

    @Test
    void userOverTheTokenLimitGets429WhileAnotherUserIsServed() {
        String heavy = jwts.token("rl_heavy", "student");
        for (int i = 1; i <= 3; i++) {
            Api.Response allowed = api.post("/api/stream/token", heavy, null);
            assertThat(allowed.status()).isEqualTo(200);
            assertThat(allowed.header("X-RateLimit-Limit")).isEqualTo("3");
            assertThat(allowed.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(3 - i));
            assertThat(Long.parseLong(allowed.header("X-RateLimit-Reset"))).isBetween(1L, 60L);
        }
        stream.clearRequests();

        Api.Response refused = api.post("/api/stream/token", heavy, null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 20L);
        assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("3");
        assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(stream.requests()).isEmpty();

        Api.Response other = api.post("/api/stream/token", jwts.token("rl_other", "student"), null);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("X-RateLimit-Remaining")).isEqualTo("2");
    }

    @Test
    @ExpectStreamRefusals("getActivity") // reads of an activity that is not (or no longer) at Stream
    void refusedWriteMakesNoCallToStreamAndReadsKeepTheirOwnAllowance() {
        String writer = jwts.token("rl_writer", "student");
        for (int i = 0; i < 3; i++) {
            // each allowed attempt reads the activity from Stream (unknown there: 404)
            assertThat(api.post("/api/activities/rl_missing/reactions", writer, "{\"type\":\"like\"}")
                            .status())
                    .isEqualTo(404);
        }
        int streamCallsBefore = stream.requests().size();
        assertThat(streamCallsBefore).isPositive();

        Api.Response refused = api.post("/api/activities/rl_missing/reactions", writer, "{\"type\":\"like\"}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("code").asString()).isEqualTo("rate_limited");
        assertThat(stream.requests()).hasSize(streamCallsBefore);
        Api.Response read = api.get("/api/feeds/course/rl_nocourse/activities", writer);
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.header("X-RateLimit-Limit")).isEqualTo("100");
    }

    @Test
    void readsBeyondTheLimitAreRefused() {
        String reader = jwts.token("rl_reader", "student");
        int allowed = 0;
        Api.Response response = api.get("/api/feeds/course/rl_nocourse/activities", reader);
        // the allowance refills smoothly (100/min: one read every 0.6 s), so a slow machine earns a few more
        while (response.status() != 429 && allowed < 120) {
            assertThat(response.status()).isEqualTo(403);
            allowed++;
            response = api.get("/api/feeds/course/rl_nocourse/activities", reader);
        }

        assertThat(response.status()).isEqualTo(429);
        assertThat(allowed).isBetween(100, 115);
        assertThat(response.header("X-RateLimit-Limit")).isEqualTo("100");
        assertThat(response.header("X-RateLimit-Remaining")).isEqualTo("0");
    }

    @Test
    void busyReaderVisitsTheBucketStoreOnlyEveryTenReads() {
        String reader = jwts.token("rl_busy", "student");
        double before = storeVisits();

        for (int i = 0; i < 25; i++) {
            assertThat(api.get("/api/feeds/course/rl_nocourse/activities", reader)
                            .status())
                    .isEqualTo(403);
        }

        // 10% of 100/min may be admitted locally between visits: visits at the 1st, 12th and 23rd read,
        // plus one per sync interval (10 s) should the machine be very slow
        assertThat(storeVisits() - before).isBetween(1.0, 6.0);
    }

    @Test
    void theBackendsInternalApiIsNotLimited() {
        String service = jwts.token("peerloop-backend", "service");
        for (int i = 0; i < 5; i++) {
            Api.Response response = api.put(
                    "/api/internal/courses/rl_c" + i, service, "{\"creatorId\":\"rl_creator\",\"title\":\"T\"}");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("X-RateLimit-Limit")).isNull();
        }
    }

    @Test
    void requestWithoutAValidTokenIsRefusedBeforeTheLimiterAndDrawsNothing() {
        Api.Response anonymous = api.post("/api/stream/token", null, null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("X-RateLimit-Limit")).isNull();
    }

    private double storeVisits() {
        return meters.counter(RateLimitConfiguration.STORE_VISITS).count();
    }
}
