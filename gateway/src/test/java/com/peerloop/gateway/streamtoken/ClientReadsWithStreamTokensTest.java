package com.peerloop.gateway.streamtoken;

import static com.peerloop.testsupport.StreamClientCalls.streamCode;
import static com.peerloop.testsupport.StreamClientCalls.streamToken;
import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import com.peerloop.testsupport.StreamClientCalls;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A client holding the Stream token from {@code POST /api/stream/token} reads Stream directly: Stream's own
 * gating (members-only course and instructor feeds, their members kept by the sync) must match the records.
 * The worker settings are the sync tests', so the application context is shared with them.
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
class ClientReadsWithStreamTokensTest extends GatewayTestBase {

    private Records records;
    private StreamClientCalls client;

    @BeforeEach
    void clients() {
        records = new Records(api, jwts);
        client = new StreamClientCalls(stream);
    }

    @Test
    void enrolledStudentReadsTheCourseFeedAtStreamWhileOutsidersAndDroppedStudentsAreRefused() {
        records.course("cr1", "cr_creator").enroll("cr1", "cr_student");
        eventually("the student is a member of course:cr1", () -> isMember("course:cr1", "cr_student"));
        String activityId = post("course", "cr1", "cr_creator", "creator");
        String student = streamToken(api, jwts.token("cr_student", "student"));
        String outsider = streamToken(api, jwts.token("cr_outsider", "student"));

        Api.Response page = client.readFeed("course", "cr1", student);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("activities").get(0).get("id").asString()).isEqualTo(activityId);
        assertThat(client.readActivity(activityId, student).status()).isEqualTo(200);
        assertRefusedWithoutWrites(() -> client.readFeed("course", "cr1", outsider));
        assertRefusedWithoutWrites(() -> client.readActivity(activityId, outsider));

        records.drop("cr1", "cr_student");
        eventually("the membership is removed", () -> !isMember("course:cr1", "cr_student"));

        assertRefusedWithoutWrites(() -> client.readFeed("course", "cr1", student));
        assertRefusedWithoutWrites(() -> client.readActivity(activityId, student));
        assertThat(stream.acceptsUserToken(student))
                .as("the token itself is still valid")
                .isTrue();
    }

    @Test
    void purchaserReadsTheInstructorFeedAtStreamWhileOthersAndRefundedBuyersAreRefused() {
        records.purchase("crp1", "cr_buyer", "cr_seller");
        eventually("the buyer is a member of instructor:cr_seller", () -> isMember("instructor:cr_seller", "cr_buyer"));
        String activityId = post("instructor", "cr_seller", "cr_seller", "creator");
        String buyer = streamToken(api, jwts.token("cr_buyer", "student"));
        String other = streamToken(api, jwts.token("cr_window_shopper", "student"));

        Api.Response page = client.readFeed("instructor", "cr_seller", buyer);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("activities").get(0).get("id").asString()).isEqualTo(activityId);
        assertThat(client.readActivity(activityId, buyer).status()).isEqualTo(200);
        assertRefusedWithoutWrites(() -> client.readFeed("instructor", "cr_seller", other));

        records.refund("crp1");
        eventually("the membership is removed", () -> !isMember("instructor:cr_seller", "cr_buyer"));

        assertRefusedWithoutWrites(() -> client.readFeed("instructor", "cr_seller", buyer));
        assertRefusedWithoutWrites(() -> client.readActivity(activityId, buyer));
    }

    private boolean isMember(String fid, String userId) {
        return stream.state()
                .feeds()
                .member(fid, userId)
                .filter(m -> "member".equals(m.status()))
                .isPresent();
    }

    private String post(String group, String id, String userId, String role) {
        Api.Response posted = api.post(
                "/api/feeds/" + group + "/" + id + "/activities",
                jwts.token(userId, role),
                "{\"type\":\"post\",\"text\":\"only for readers\"}");
        assertThat(posted.status()).isEqualTo(201);
        return posted.json().get("activity").get("id").asString();
    }

    /** A 403 / code 17 from Stream, after the outbox is drained, with no write at Stream while it was asked. */
    private void assertRefusedWithoutWrites(java.util.function.Supplier<Api.Response> read) {
        eventually(
                "the outbox is drained",
                () -> api.get("/api/internal/sync/status", jwts.token("peerloop-backend", "service"))
                                .json()
                                .path("pending")
                                .asLong()
                        == 0);
        stream.clearRequests();

        Api.Response refused = read.get();

        assertThat(refused.status()).isEqualTo(403);
        assertThat(streamCode(refused)).isEqualTo(17);
        assertThat(stream.requests()).singleElement().matches(r -> r.status() == 403 && !r.write());
        assertThat(stream.writeCount()).isZero();
    }

    private static void eventually(String what, Callable<Boolean> condition) {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(25))
                .until(condition);
    }
}
