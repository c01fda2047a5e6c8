package com.peerloop.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * 100 feed reads wait on a slow Stream at once while the database pool has 5 connections: a request that
 * needs only the database is still answered, before any of the slow reads has finished. Were a connection
 * held across a Stream call, the pool would be drained for the whole timeout and that request would wait
 * (or fail after Hikari's 5 s connection timeout).
 */
@TestPropertySource(
        properties = {
            "stream.timeout=3s",
            // every one of the 100 reads reaches Stream: no breaker opening half-way
            "stream.resilience.window-size=200",
            "stream.resilience.minimum-calls=200",
            // the test is about the database pool, so all 100 reads are let in; with the load shedding on, those
            // beyond its limit would be refused at once (OverloadTest covers that)
            "peerloop.load-shedding.enabled=false",
            "peerloop.feed.read-freshness=0s"
        })
class SlowStreamKeepsTheDatabasePoolFreeTest extends GatewayTestBase {

    private static final int READS = 100;
    private static final int READERS = 10;

    @Test
    void databaseOnlyRequestIsAnsweredWhileHundredReadsWaitOnStream() throws Exception {
        Records records = new Records(api, jwts).course("pool1", "pool_creator");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            records.enroll("pool1", "pool_reader" + i);
            tokens.add(jwts.token("pool_reader" + i, "student"));
        }
        stream.delay(Duration.ofSeconds(10));
        AtomicInteger finished = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(READS);
        List<CompletableFuture<Api.Response>> reads = new ArrayList<>();
        try {
            for (int i = 0; i < READS; i++) {
                // a distinct page size per read, so that no two reads share one Stream call
                String path = "/api/feeds/course/pool1/activities?limit=" + (i + 1);
                String token = tokens.get(i % READERS);
                reads.add(CompletableFuture.supplyAsync(
                        () -> {
                            Api.Response response = api.get(path, token);
                            finished.incrementAndGet();
                            return response;
                        },
                        clients));
            }
            // Many reads now wait at Stream: more than the pool's five connections could serve if each held one.
            Awaitility.await().atMost(Duration.ofSeconds(8)).until(() -> stream.requestsInProgress() >= 20);

            Api.Response databaseOnly = api.put(
                    "/api/internal/courses/pool2",
                    jwts.token("peerloop-backend", "service"),
                    "{\"creatorId\":\"pool_creator\",\"title\":\"T\"}");
            int finishedBeforeIt = finished.get();

            assertThat(databaseOnly.status()).isEqualTo(200);
            assertThat(finishedBeforeIt).isZero();
            for (CompletableFuture<Api.Response> read : reads) {
                // each read ends at the 3 s timeout; generous margin for 100 of them on a small machine
                Api.Response response = read.get(15, TimeUnit.SECONDS);
                assertThat(response.status()).isEqualTo(503);
                assertThat(response.json().get("code").asString()).isEqualTo("upstream_unavailable");
            }
        } finally {
            clients.shutdownNow();
            stream.heal();
        }
    }
}
