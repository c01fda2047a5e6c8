package com.peerloop.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.peerloop.fakestream.RecordedRequest;
import com.peerloop.fakestream.StoredActivity;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The v1 read of {@code notification:{id}} against a notification group that aggregates, as Stream's built-in
 * one does: the gateway lists the activities of the groups.
 */
class NotificationFeedReadTest extends GatewayTestBase {

    private String ask(String courseId, String studentId, String text) {
        Api.Response r = api.post(
                "/api/feeds/course/" + courseId + "/activities",
                jwts.token(studentId, "student"),
                "{\"type\":\"question\",\"text\":\"" + text + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().at("/activity/id").asString();
    }

    private Api.Response read(String creatorId, int limit, String next) {
        String query =
                "?limit=" + limit + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        return api.get(
                "/api/feeds/notification/" + creatorId + "/activities" + query, jwts.token(creatorId, "creator"));
    }

    @Test
    void creatorSeesAQuestionAskedInTheirCourse() {
        new Records(api, jwts).course("nq1", "nq_creator").enroll("nq1", "nq_student");
        String id = ask("nq1", "nq_student", "Where are the slides?");

        Api.Response page = read("nq_creator", 20, null);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("activities"))
                .extracting(a -> a.get("id").asString())
                .containsExactly(id);
        assertThat(page.json().at("/activities/0/text").asString()).isEqualTo("Where are the slides?");
        assertThat(page.json().at("/activities/0/type").asString()).isEqualTo("question");
        assertThat(page.json().get("next").isNull()).isTrue();
        List<RecordedRequest> reads = stream.requests("getOrCreateFeed");
        assertThat(reads.get(reads.size() - 1).json().path("user_id").asText()).isEqualTo("nq_creator");
    }

    @Test
    void pagesThroughTheActivitiesOfEveryGroupNewestGroupFirstWithoutDuplicates() {
        new Records(api, jwts)
                .course("nq2", "np_creator")
                .enroll("nq2", "np_student")
                .enroll("nq2", "np_student2");
        String first = ask("nq2", "np_student", "one");
        String second = ask("nq2", "np_student2", "two");
        String third = ask("nq2", "np_student", "three");
        String yesterday = olderQuestionInStream("np_creator", "np_student");

        List<String> expected = List.of(third, second, first, yesterday);
        for (int limit : List.of(1, 2, 3, 4, 10)) {
            assertThat(walk("np_creator", limit)).as("limit " + limit).isEqualTo(expected);
        }
    }

    @Test
    void refusesAMalformedNotificationCursorWithoutCallingStream() {
        new Records(api, jwts).course("nq3", "nc_creator").enroll("nq3", "nc_student");
        ask("nq3", "nc_student", "cursor?");
        stream.clearRequests();

        Api.Response page = read("nc_creator", 5, "bm90LWEtY3Vyc29y");

        assertThat(page.status()).as(page.body()).isEqualTo(400);
        assertThat(page.json().get("code").asString()).isEqualTo("validation_failed");
        assertThat(stream.requests()).isEmpty();
    }

    /** Every page in turn; asserts each page's size and that the last one has no cursor. */
    private List<String> walk(String creatorId, int limit) {
        List<String> ids = new ArrayList<>();
        String next = null;
        for (int pages = 0; pages < 10; pages++) {
            Api.Response page = read(creatorId, limit, next);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            JsonNode activities = page.json().get("activities");
            assertThat(activities.size()).isBetween(1, limit);
            activities.forEach(a -> ids.add(a.get("id").asString()));
            next = page.json().get("next").isNull()
                    ? null
                    : page.json().get("next").asString();
            if (next == null) {
                return ids;
            }
            assertThat(activities.size()).as("a page before the last is full").isEqualTo(limit);
        }
        throw new AssertionError("more than 10 pages: " + ids);
    }

    /**
     * A question Stream already holds from the day before (so in another group), put straight into the fake:
     * sequence 0 makes it older than anything added over the wire.
     */
    private String olderQuestionInStream(String creatorId, String studentId) {
        Instant dayBefore = Instant.now().minus(Duration.ofDays(1));
        String id = "older-" + creatorId;
        stream.state()
                .activities()
                .put(new StoredActivity(
                        id,
                        "question",
                        studentId,
                        "from yesterday",
                        List.of("notification:" + creatorId),
                        "public",
                        JsonNodeFactory.instance.arrayNode(),
                        null,
                        List.of(),
                        dayBefore,
                        dayBefore,
                        null,
                        0));
        return id;
    }
}
