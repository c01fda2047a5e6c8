package com.peerloop.testsupport;

import com.peerloop.fakestream.FakeStream;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the HTTP-level tests: the gateway's port, its fake Stream and a JWT minter. Before each test
 * the fake's faults are healed, the feed groups the gateway provisions in the background at start-up are
 * in place, and the fake's request log is cleared, so "Stream saw nothing" is per test. After each test,
 * {@link StreamRefusalGuard} (through {@link GatewayIntegrationTest}) fails it if the fake refused a request
 * the gateway sent that the test did not provoke ({@link ExpectStreamRefusals} declares deliberate ones).
 */
@GatewayIntegrationTest
public abstract class GatewayTestBase {

    @Autowired
    protected FakeStream stream;

    @Autowired
    protected TestJwts jwts;

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void resetFakeStream() {
        stream.heal();
        api = new Api(port);
        String service = jwts.token("peerloop-backend", "service");
        Awaitility.await("feed groups provisioned")
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> api.get("/api/internal/sync/status", service)
                        .json()
                        .path("feedGroupsProvisioned")
                        .asBoolean(false));
        stream.clearRequests();
    }
}
