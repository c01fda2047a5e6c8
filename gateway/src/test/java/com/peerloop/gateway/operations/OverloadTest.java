package com.peerloop.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * More concurrent requests than the concurrency limit allows: each one is answered, either served or
 * refused at once with {@code 503 unavailable} and {@code Retry-After}; none is a 500 or left hanging, and
 * the gateway serves normally as soon as the load is gone. The limit is pinned at 2 so that a few slow
 * requests saturate it.
 */
@Tag("slow")
@TestPropertySource(
        properties = {
            "peerloop.load-shedding.initial-limit=2",
            "peerloop.load-shedding.min-limit=2",
            "peerloop.load-shedding.max-limit=2"
        })
class OverloadTest extends GatewayTestBase {

    private static final int CALLERS = 12;

    @Test
    void aSaturatedGatewayRefusesTheExcessWith503AndRecovers() throws Exception {
        stream.delay(Duration.ofMillis(800));
        List<Api.Response> answers = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<Api.Response>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                String token = jwts.token("ov_user" + i, "student");
                calls.add(callers.submit(() -> api.post("/api/stream/token", token, null)));
            }
            for (Future<Api.Response> call : calls) {
                answers.add(call.get());
            }
        } finally {
            callers.shutdownNow();
            stream.delay(Duration.ZERO);
        }

        List<Api.Response> served =
                answers.stream().filter(a -> a.status() == 200).toList();
        List<Api.Response> refused =
                answers.stream().filter(a -> a.status() != 200).toList();
        assertThat(answers).hasSize(CALLERS);
        assertThat(served).isNotEmpty();
        // at most two run at once and each takes at least 800 ms, while all twelve arrive together
        assertThat(refused).hasSizeGreaterThanOrEqualTo(CALLERS / 2);
        assertThat(refused).allSatisfy(a -> {
            assertThat(a.status()).as(a.body()).isEqualTo(503);
            assertThat(a.json().get("code").asString()).isEqualTo("unavailable");
            assertThat(a.header("Retry-After")).isEqualTo("1");
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        });

        Api.Response after = api.post("/api/stream/token", jwts.token("ov_after", "student"), null);
        assertThat(after.status()).as(after.body()).isEqualTo(200);
    }
}
