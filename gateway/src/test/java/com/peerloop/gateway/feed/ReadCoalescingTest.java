package com.peerloop.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.AdminWebhookEvents;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import com.peerloop.testsupport.StreamWebhooks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;

@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "peerloop.feed.read-freshness=30s")
class ReadCoalescingTest extends GatewayTestBase {

    @BeforeAll
    void records() {
        Records records = new Records(new Api(port), jwts)
                .course("hc1", "h_creator")
                .course("hc2", "h_creator")
                .course("hc3", "h_creator");
        for (int i = 0; i < 12; i++) {
            records.enroll("hc1", "h_s" + i);
        }
        records.enroll("hc2", "h_s0").enroll("hc3", "h_s0");
    }

    @Test
    void concurrentIdenticalReadsShareOneStreamCall() throws Exception {
        stream.delay(Duration.ofMillis(400));
        List<CompletableFuture<Integer>> reads = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            for (int i = 0; i < 12; i++) {
                String token = jwts.token("h_s" + i, "student");
                reads.add(CompletableFuture.supplyAsync(
                        () -> api.get("/api/feeds/course/hc1/activities", token).status(), pool));
            }
            for (CompletableFuture<Integer> read : reads) {
                assertThat(read.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(stream.requests("getOrCreateFeed")).hasSize(1);
    }

    @Test
    void asksStreamForActivitiesAndTheFewestFollowersFollowingsAndMembers() {
        stream.clearRequests();
        Api.Response read = api.get("/api/feeds/course/hc1/activities?limit=7", jwts.token("h_s3", "student"));

        assertThat(read.status()).isEqualTo(200);
        var body = stream.requests("getOrCreateFeed").get(0).json();
        assertThat(body.path("limit").asInt()).isEqualTo(7);
        for (String pagination : List.of("followers_pagination", "following_pagination", "member_pagination")) {
            assertThat(body.path(pagination).path("limit").asInt())
                    .as(pagination)
                    .isEqualTo(1);
        }
    }

    @Test
    void aWriteThenAReadShowsTheWriteEvenWithinTheFreshnessWindow() {
        String token = jwts.token("h_s0", "student");
        assertThat(api.get("/api/feeds/course/hc2/activities", token)
                        .json()
                        .get("activities")
                        .size())
                .isZero();

        api.post("/api/feeds/course/hc2/activities", token, "{\"type\":\"post\",\"text\":\"fresh post\"}");

        Api.Response read = api.get("/api/feeds/course/hc2/activities", token);
        assertThat(read.json().at("/activities/0/text").asString()).isEqualTo("fresh post");
    }

    @Test
    void aCallerWithoutAccessNeverGetsTheCachedPage() {
        assertThat(api.get("/api/feeds/course/hc3/activities", jwts.token("h_s0", "student"))
                        .status())
                .isEqualTo(200);
        stream.clearRequests();

        Api.Response outsider = api.get("/api/feeds/course/hc3/activities", jwts.token("h_outsider", "student"));

        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.body()).doesNotContain("\"activities\"");
        assertThat(stream.requests()).isEmpty();
    }

    @Test
    void repeatedReadsWithinTheWindowAreServedWithoutStream() {
        String token = jwts.token("h_s1", "student");
        api.get("/api/feeds/course/hc1/activities?limit=7", token);
        stream.clearRequests();

        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/feeds/course/hc1/activities?limit=7", token)
                            .status())
                    .isEqualTo(200);
        }

        assertThat(stream.requests("getOrCreateFeed")).isEmpty();
    }

    @Test
    void aDeletionReportedByStreamsWebhookMakesCachedPagesStale() {
        String token = jwts.token("h_s2", "student");
        api.get("/api/feeds/course/hc1/activities?limit=9", token);
        stream.clearRequests();

        String deliveryId = UUID.randomUUID().toString();
        Api.Response delivery = new StreamWebhooks(api, stream.apiKey(), stream.apiSecret())
                .deliver("{\"type\":\"feeds.activity.deleted\",\"activity\":{\"id\":\"gone-1\"}}", deliveryId);
        assertThat(delivery.status()).isEqualTo(200);
        // The delivery is acknowledged once stored; its effects are applied from the store afterwards.
        new AdminWebhookEvents(api, jwts).awaitState(deliveryId, "done");

        api.get("/api/feeds/course/hc1/activities?limit=9", token);
        assertThat(stream.requests("getOrCreateFeed")).hasSize(1);
    }
}
