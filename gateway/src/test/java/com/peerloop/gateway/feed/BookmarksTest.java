package com.peerloop.gateway.feed;

import static com.peerloop.gateway.feed.PinsTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.RecordedRequest;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Bookmarks, with the shared read cache on, so that {@code bookmarked} must be the caller's on shared pages. */
@Tag("slow")
@TestPropertySource(properties = "peerloop.feed.read-freshness=30s")
class BookmarksTest extends GatewayTestBase {

    private static final AtomicInteger RUNS = new AtomicInteger();

    private String course;
    private String studentId;
    private String student;
    private String classmate;
    private Records records;

    @BeforeEach
    void aCourse() {
        int run = RUNS.incrementAndGet();
        course = "bm-course-" + run;
        studentId = "bm_student_" + run;
        records = new Records(api, jwts)
                .course(course, "bm_creator")
                .enroll(course, studentId)
                .enroll(course, "bm_classmate_" + run);
        student = jwts.token(studentId, "student");
        classmate = jwts.token("bm_classmate_" + run, "student");
    }

    @Test
    void addsListsNewestFirstAndRemoves() {
        String first = post("course", course, student, "first");
        String second = post("course", course, student, "second");
        String third = post("course", course, student, "third");

        assertThat(bookmark(student, second).status()).isEqualTo(204);
        assertThat(bookmark(student, first).status()).isEqualTo(204);
        assertThat(bookmark(student, third).status()).isEqualTo(204);
        assertThat(bookmark(student, third).status()).isEqualTo(204);

        JsonNode list = bookmarks(student, "");
        assertThat(ids(list.path("activities"))).containsExactly(third, first, second);
        list.path("activities")
                .forEach(a -> assertThat(a.path("bookmarked").asBoolean()).isTrue());
        assertThat(stream.requests("addBookmark")).hasSize(3);

        assertThat(api.delete("/api/activities/" + first + "/bookmark", student).status())
                .isEqualTo(204);
        assertThat(api.delete("/api/activities/" + first + "/bookmark", student).status())
                .isEqualTo(204);
        assertThat(ids(bookmarks(student, "").path("activities"))).containsExactly(third, second);
        assertThat(ids(bookmarks(classmate, "").path("activities"))).isEmpty();
    }

    @Test
    void bookmarkedIsTrueForTheBookmarkerOnlyInFeedReadsPinsAndSingleReads() {
        String id = post("course", course, student, "worth keeping");
        post("course", course, student, "not this one");
        assertThat(api.put("/api/feeds/course/" + course + "/pins/" + id, jwts.token("bm_creator", "creator"), null)
                        .status())
                .isEqualTo(204);
        feed(classmate);

        bookmark(student, id);

        assertThat(bookmarkedIds(feed(student).path("activities"))).containsExactly(id);
        assertThat(bookmarkedIds(feed(student).path("pinned"))).containsExactly(id);
        assertThat(bookmarkedIds(feed(classmate).path("activities"))).isEmpty();
        assertThat(bookmarkedIds(feed(classmate).path("pinned"))).isEmpty();
        assertThat(activity(student, id).path("bookmarked").asBoolean()).isTrue();
        assertThat(activity(classmate, id).path("bookmarked").asBoolean()).isFalse();

        api.delete("/api/activities/" + id + "/bookmark", student);
        assertThat(activity(student, id).path("bookmarked").asBoolean()).isFalse();
    }

    @Test
    void aDroppedStudentsListLosesTheCoursesPostsAndRegainsThemOnReEnrolment() {
        String own = post("user", studentId, student, "on my wall");
        String c1 = post("course", course, student, "course one");
        String c2 = post("course", course, student, "course two");
        String later = post("user", studentId, student, "later on my wall");
        for (String id : new String[] {own, c1, c2, later}) {
            bookmark(student, id);
        }

        records.drop(course, studentId);
        JsonNode page = bookmarks(student, "?limit=2");
        JsonNode one = bookmarks(student, "?limit=1");
        JsonNode two = bookmarks(student, "?limit=1&next=" + one.path("next").asString());

        assertThat(ids(page.path("activities"))).containsExactly(later, own);
        assertThat(ids(one.path("activities"))).containsExactly(later);
        assertThat(ids(two.path("activities"))).containsExactly(own);
        records.enroll(course, studentId);
        assertThat(ids(bookmarks(student, "").path("activities"))).containsExactly(later, c2, c1, own);
    }

    @Test
    void aRefundedPurchaserLosesTheInstructorsPosts() {
        int run = RUNS.get();
        String creator = "bm_teacher_" + run;
        records.purchase("bm-purchase-" + run, studentId, creator);
        String id = post("instructor", creator, jwts.token(creator, "creator"), "for buyers");
        bookmark(student, id);
        assertThat(ids(bookmarks(student, "").path("activities"))).containsExactly(id);

        records.refund("bm-purchase-" + run);

        assertThat(ids(bookmarks(student, "").path("activities"))).isEmpty();
    }

    @Test
    void anUnreadableActivityIs404AndStreamSeesNoWrite() {
        String id = post("course", course, student, "members only");
        String outsider = jwts.token("bm_outsider", "student");
        stream.clearRequests();

        Api.Response add = bookmark(outsider, id);
        Api.Response remove = api.delete("/api/activities/" + id + "/bookmark", outsider);

        assertThat(add.status()).isEqualTo(404);
        assertThat(add.json().path("code").asString()).isEqualTo("not_found");
        assertThat(remove.status()).isEqualTo(404);
        assertThat(stream.requests()).noneMatch(RecordedRequest::write);
        assertThat(stream.state().activities().bookmarksOf(id)).isEmpty();
    }

    @Test
    void aCursorOfAnotherListingIsRefusedWithoutAStreamCall() {
        Api.Response response = api.get("/api/bookmarks?next=bm90LWEtY3Vyc29y", student);

        assertThat(response.status()).isEqualTo(400);
        assertThat(stream.requests()).isEmpty();
    }

    private Api.Response bookmark(String token, String activityId) {
        return api.put("/api/activities/" + activityId + "/bookmark", token, null);
    }

    private JsonNode bookmarks(String token, String query) {
        Api.Response response = api.get("/api/bookmarks" + query, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode feed(String token) {
        Api.Response response = api.get("/api/feeds/course/" + course + "/activities", token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode activity(String token, String id) {
        Api.Response response = api.get("/api/activities/" + id, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("activity");
    }

    private static java.util.List<String> bookmarkedIds(JsonNode activities) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        activities.forEach(a -> {
            if (a.path("bookmarked").asBoolean()) {
                ids.add(a.path("id").asString());
            }
        });
        return ids;
    }

    private String post(String group, String id, String token, String text) {
        Api.Response response = api.post(
                "/api/feeds/" + group + "/" + id + "/activities",
                token,
                "{\"type\":\"post\",\"text\":\"" + text + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("activity").path("id").asString();
    }
}
