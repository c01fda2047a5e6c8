package com.peerloop.gateway.streamtoken;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.FakeStream;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayIntegrationTest;
import com.peerloop.testsupport.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@GatewayIntegrationTest
@TestPropertySource(properties = "peerloop.test.stream-down-at-start=true")
class StreamOutageAtStartTest {

    @Autowired
    FakeStream stream;

    @Autowired
    TestJwts jwts;

    @LocalServerPort
    int port;

    @Test
    void gatewayStartsWhileStreamIsDownAndReportsItInReadiness() {
        Api api = new Api(port);

        Api.Response readiness = api.get("/actuator/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(readiness.json().at("/components/stream/status").asString()).isEqualTo("DEGRADED");
        assertThat(readiness.json().at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(api.post("/api/stream/token", jwts.token("u_early", "student"), null)
                        .status())
                .isEqualTo(503);

        stream.heal();

        assertThat(api.post("/api/stream/token", jwts.token("u_early", "student"), null)
                        .status())
                .isEqualTo(200);
    }
}
