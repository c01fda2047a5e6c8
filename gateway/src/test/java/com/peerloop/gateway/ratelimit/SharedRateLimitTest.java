package com.peerloop.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayInstance;
import com.peerloop.testsupport.GatewayTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.context.TestPropertySource;

/** Two gateway instances on one database and one Stream: a user's allowance is one, wherever they land. */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(
        properties = {"peerloop.rate-limit.token-per-minute=4", "peerloop.rate-limit.unsynchronized-percent=0"})
class SharedRateLimitTest extends GatewayTestBase {

    @Autowired
    private ConfigurableEnvironment environment;

    private GatewayInstance secondInstance;
    private Api second;

    @BeforeAll
    void startSecondInstance() {
        secondInstance = GatewayInstance.beside(environment);
        second = secondInstance.api();
    }

    @AfterAll
    void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void bothInstancesDrawOnOneAllowancePerUser() {
        String token = jwts.token("shared_user", "student");
        assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(200);
        assertThat(second.post("/api/stream/token", token, null).status()).isEqualTo(200);
        assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(200);
        Api.Response last = second.post("/api/stream/token", token, null);
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.header("X-RateLimit-Remaining")).isEqualTo("0");

        Api.Response onSecond = second.post("/api/stream/token", token, null);
        Api.Response onFirst = api.post("/api/stream/token", token, null);

        assertThat(onSecond.status()).isEqualTo(429);
        assertThat(onFirst.status()).isEqualTo(429);
        assertThat(onFirst.json().get("code").asString()).isEqualTo("rate_limited");
        assertThat(second.post("/api/stream/token", jwts.token("shared_other", "student"), null)
                        .status())
                .isEqualTo(200);
    }
}
