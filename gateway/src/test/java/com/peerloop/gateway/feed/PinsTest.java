package com.peerloop.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.RecordedRequest;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.ExpectStreamRefusals;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Pins with the shared read cache on, so that a pin must make the feed's cached pages stale. */
@Tag("slow")
@TestPropertySource(properties = "peerloop.feed.read-freshness=30s")
class PinsTest extends GatewayTestBase {

    private static final AtomicInteger COURSES = new AtomicInteger();

    private String course;
    private String creator;
    private String teacher;
    private String student;

    @BeforeEach
    void aCourse() {
        course = "pin-course-" + COURSES.incrementAndGet();
        new Records(api, jwts)
                .course(course, "pin_creator")
                .teacher(course, "pin_teacher")
                .enroll(course, "pin_student");
        creator = jwts.token("pin_creator", "creator");
        teacher = jwts.token("pin_teacher", "teacher");
        student = jwts.token("pin_student", "student");
    }

    @Test
    void staffPinAndUnpinAndTheFeedShowsItAtOnceDespiteTheReadCache() {
        String first = post(course, student, "first");
        String second = post(course, student, "second");
        assertThat(read(student, "").path("pinned")).isEmpty();

        assertThat(pin(teacher, course, first).status()).isEqualTo(204);
        assertThat(pin(creator, course, second).status()).isEqualTo(204);

        assertThat(ids(read(student, "").path("pinned"))).containsExactly(second, first);
        assertThat(unpin(teacher, course, second).status()).isEqualTo(204);
        assertThat(ids(read(student, "").path("pinned"))).containsExactly(first);
        assertThat(unpin(jwts.token("pin_admin", "admin"), course, first).status())
                .isEqualTo(204);
        assertThat(read(student, "").path("pinned")).isEmpty();
    }

    @Test
    void pinningAndUnpinningAgainChangeNothingAndAreNotSentAgain() {
        String id = post(course, student, "again");
        pin(teacher, course, id);
        stream.clearRequests();

        assertThat(pin(teacher, course, id).status()).isEqualTo(204);
        assertThat(stream.requests("pinActivity")).isEmpty();
        assertThat(unpin(teacher, course, id).status()).isEqualTo(204);
        assertThat(unpin(teacher, course, id).status()).isEqualTo(204);
        assertThat(stream.requests("unpinActivity")).hasSize(1);
        assertThat(stream.state().activities().pins("course:" + course)).isEmpty();
    }

    @Test
    void aStudentMayNotPinAndStreamSeesNoWrite() {
        String id = post(course, student, "mine");
        stream.clearRequests();

        Api.Response response = pin(student, course, id);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stream.requests()).noneMatch(RecordedRequest::write);
        assertThat(unpin(student, course, id).status()).isEqualTo(403);
        assertThat(stream.requests()).noneMatch(RecordedRequest::write);
    }

    @Test
    @ExpectStreamRefusals("getActivity") // the read of the unknown activity
    void anActivityOfAnotherFeedOrAnUnknownOneIs404AndStreamSeesNoWrite() {
        String other = "pin-other-" + COURSES.incrementAndGet();
        new Records(api, jwts).course(other, "pin_creator").enroll(other, "pin_student");
        String elsewhere = post(other, student, "elsewhere");
        stream.clearRequests();

        Api.Response response = pin(teacher, course, elsewhere);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("code").asString()).isEqualTo("not_found");
        assertThat(pin(teacher, course, "no-such-activity").status()).isEqualTo(404);
        assertThat(unpin(teacher, course, elsewhere).status()).isEqualTo(404);
        assertThat(stream.requests()).noneMatch(RecordedRequest::write);
    }

    @Test
    void theSixthPinIsAConflictAndStreamSeesNoWrite() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(post(course, student, "post " + i));
        }
        for (int i = 0; i < 5; i++) {
            assertThat(pin(teacher, course, ids.get(i)).status()).isEqualTo(204);
        }
        stream.clearRequests();

        Api.Response response = pin(teacher, course, ids.get(5));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("code").asString()).isEqualTo("conflict");
        assertThat(stream.requests()).noneMatch(RecordedRequest::write);
        assertThat(stream.state().activities().pins("course:" + course)).hasSize(5);
    }

    @Test
    void onlyTheFirstPageCarriesThePins() {
        String old = post(course, student, "old");
        post(course, student, "new");
        pin(teacher, course, old);

        JsonNode first = read(student, "?limit=1");
        JsonNode second = read(student, "?limit=1&next=" + first.path("next").asString());

        assertThat(ids(first.path("pinned"))).containsExactly(old);
        assertThat(ids(second.path("activities"))).containsExactly(old);
        assertThat(second.has("pinned")).isFalse();
    }

    @Test
    void theOwnerOfAUserFeedPinsThereAndNobodyElseDoes() {
        String owner = jwts.token("pin_owner", "student");
        String id = post("user", "pin_owner", owner, "on my wall");

        assertThat(api.put("/api/feeds/user/pin_owner/pins/" + id, student, null)
                        .status())
                .isEqualTo(403);
        assertThat(api.put("/api/feeds/user/pin_owner/pins/" + id, owner, null).status())
                .isEqualTo(204);
        assertThat(ids(api.get("/api/feeds/user/pin_owner/activities", student)
                        .json()
                        .path("pinned")))
                .containsExactly(id);
    }

    @Test
    void theOpenApiDescriptionHasPinsBookmarksAndThePinnedField() {
        JsonNode doc = api.get("/v3/api-docs", null).json();

        for (String path : new String[] {
            "/api/feeds/{group}/{id}/pins/{activityId}", "/api/activities/{activityId}/bookmark", "/api/bookmarks"
        }) {
            assertThat(doc.path("paths").has(path)).as(path).isTrue();
        }
        assertThat(doc.at("/components/schemas/FeedPage/properties/pinned").isMissingNode())
                .isFalse();
        assertThat(doc.at("/components/schemas/Activity/properties/bookmarked").isMissingNode())
                .isFalse();
    }

    private Api.Response pin(String token, String courseId, String activityId) {
        return api.put("/api/feeds/course/" + courseId + "/pins/" + activityId, token, null);
    }

    private Api.Response unpin(String token, String courseId, String activityId) {
        return api.delete("/api/feeds/course/" + courseId + "/pins/" + activityId, token);
    }

    private JsonNode read(String token, String query) {
        Api.Response response = api.get("/api/feeds/course/" + course + "/activities" + query, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String post(String courseId, String token, String text) {
        return post("course", courseId, token, text);
    }

    private String post(String group, String id, String token, String text) {
        Api.Response response = api.post(
                "/api/feeds/" + group + "/" + id + "/activities",
                token,
                "{\"type\":\"post\",\"text\":\"" + text + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("activity").path("id").asString();
    }

    static List<String> ids(JsonNode activities) {
        List<String> ids = new ArrayList<>();
        activities.forEach(activity -> ids.add(activity.path("id").asString()));
        return ids;
    }
}
