package com.peerloop.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.getstream.models.FollowResponse;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StreamTimestampsTest {

    private final ObjectMapper mapper = new ConfiguredStreamHttpClient(
                    "key",
                    "a-test-secret-of-at-least-32-bytes-long",
                    URI.create("http://127.0.0.1:1/"),
                    Duration.ofSeconds(1),
                    ObservationRegistry.NOOP)
            .getObjectMapper();

    @Test
    void readsNanosecondIntegersAndIsoStringsAsTheSdkDoes() throws Exception {
        FollowResponse fromString = mapper.readValue(
                "{\"created_at\":\"2025-01-02T03:04:05.123456789Z\",\"updated_at\":\"2025-01-02T03:04:05+00:00\"}",
                FollowResponse.class);
        FollowResponse fromNanos = mapper.readValue("{\"created_at\":1735787045123456789}", FollowResponse.class);

        assertThat(fromString.getCreatedAt().toInstant()).isEqualTo(Instant.parse("2025-01-02T03:04:05.123Z"));
        assertThat(fromString.getUpdatedAt().toInstant()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
        assertThat(fromNanos.getCreatedAt().toInstant()).isEqualTo(Instant.parse("2025-01-02T03:04:05.123Z"));
    }

    @Test
    void readsDatesFromManyThreadsAtOnceWithoutAFailure() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                Callable<Integer> parse = () -> {
                    int right = 0;
                    for (int i = 0; i < 2_000; i++) {
                        Instant at = Instant.parse("2026-01-01T00:00:00Z").plusMillis(thread * 100_000L + i);
                        FollowResponse follow =
                                mapper.readValue("{\"created_at\":\"" + at + "\"}", FollowResponse.class);
                        right += follow.getCreatedAt().toInstant().equals(at) ? 1 : 0;
                    }
                    return right;
                };
                results.add(pool.submit(parse));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(2_000);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
