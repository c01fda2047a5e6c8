package com.peerloop.gateway.sync;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.TestPropertySource;

/**
 * A gateway whose outbox worker runs, with short waits so that outages and retries play out in a test's
 * time. Classes extending it share one application context; each test starts with an empty outbox.
 */
@TestPropertySource(
        properties = {
            "peerloop.sync.worker-enabled=true",
            "peerloop.sync.poll-interval=50ms",
            "peerloop.sync.base-backoff=50ms",
            "peerloop.sync.max-backoff=300ms",
            "peerloop.sync.max-attempts=1000",
            "stream.resilience.open-wait=300ms"
        })
abstract class SyncTestBase extends GatewayTestBase {

    static final Duration DEADLINE = Duration.ofSeconds(20);

    protected Records records;

    @BeforeEach
    void drainedOutbox() {
        records = new Records(api, jwts);
        eventually("the outbox is drained", () -> status().path("pending").asLong() == 0);
        stream.clearRequests();
    }

    String service() {
        return jwts.token("peerloop-backend", "service");
    }

    tools.jackson.databind.JsonNode status() {
        Api.Response response = api.get("/api/internal/sync/status", service());
        if (response.status() != 200) {
            throw new AssertionError("status answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    boolean follows(String userId, String fid) {
        return stream.state().follows().exists("timeline:" + userId, fid);
    }

    String role(String fid, String userId) {
        return stream.state().feeds().member(fid, userId).map(m -> m.role()).orElse(null);
    }

    static void eventually(String what, Callable<Boolean> condition) {
        Awaitility.await(what)
                .atMost(DEADLINE)
                .pollInterval(Duration.ofMillis(25))
                .until(condition);
    }
}
