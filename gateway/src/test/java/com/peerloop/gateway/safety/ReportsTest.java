package com.peerloop.gateway.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.RecordedRequest;
import com.peerloop.fakestream.StoredFlag;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Reports through HTTP: who may report, the idempotent repeat, Stream's flag, each feed's review queue seen by
 * its moderators only, and resolving by dismissal or removal (the reporter is told of a removal).
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "peerloop.safety.flag-retry-interval=300ms")
class ReportsTest extends GatewayTestBase {

    @BeforeAll
    void records() {
        new Records(new Api(port), jwts)
                .course("rpa", "rp_creator_a")
                .teacher("rpa", "rp_teacher_a")
                .enroll("rpa", "rp_student")
                .enroll("rpa", "rp_author")
                .course("rpb", "rp_creator_b")
                .enroll("rpb", "rp_author");
    }

    private String token(String userId) {
        return jwts.token(userId, "student");
    }

    private String post(String course, String author) {
        Api.Response r = api.post(
                "/api/feeds/course/" + course + "/activities", token(author), "{\"type\":\"post\",\"text\":\"hi\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().at("/activity/id").asString();
    }

    private Api.Response report(String activityId, String reporter, String body) {
        return api.post("/api/activities/" + activityId + "/reports", token(reporter), body);
    }

    private List<RecordedRequest> writes() {
        return stream.requests().stream().filter(RecordedRequest::write).toList();
    }

    @Test
    void aReaderReportsOnceAndStreamIsFlaggedOnce() {
        String activity = post("rpa", "rp_author");

        Api.Response first = report(activity, "rp_student", "{\"reason\":\"spam\"}");
        Api.Response again = report(activity, "rp_student", "{\"reason\":\"harassment\"}");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().at("/report/state").asString()).isEqualTo("open");
        assertThat(first.json().at("/report/feed").asString()).isEqualTo("course:rpa");
        assertThat(first.json().at("/report/target/type").asString()).isEqualTo("activity");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().at("/report/id").asString())
                .isEqualTo(first.json().at("/report/id").asString());
        assertThat(again.json().at("/report/reason").asString()).isEqualTo("spam");
        List<StoredFlag> flags = stream.state().moderation().allFlags().stream()
                .filter(flag -> flag.entityId().equals(activity))
                .toList();
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).userId()).isEqualTo("rp_student");
        assertThat(flags.get(0).reason()).isEqualTo("spam");
    }

    @Test
    void anOutsiderCannotReportAndStreamIsNotWrittenTo() {
        String activity = post("rpa", "rp_author");
        stream.clearRequests();

        Api.Response outsider = report(activity, "rp_outsider", "{\"reason\":\"spam\"}");

        assertThat(outsider.status()).as(outsider.body()).isEqualTo(404);
        assertThat(writes()).isEmpty();
    }

    @Test
    void badReportsAreRefusedWithoutCallingStream() {
        String activity = post("rpa", "rp_author");
        stream.clearRequests();

        Api.Response unknownReason = report(activity, "rp_student", "{\"reason\":\"boring\"}");
        Api.Response otherWithoutDetails = report(activity, "rp_student", "{\"reason\":\"other\"}");
        Api.Response badId = api.post("/api/activities/bad%20id/reports", token("rp_student"), "{\"reason\":\"spam\"}");

        assertThat(unknownReason.status()).isEqualTo(400);
        assertThat(unknownReason.json().get("code").asString()).isIn("validation_failed", "malformed_request");
        assertThat(otherWithoutDetails.status()).isEqualTo(400);
        assertThat(otherWithoutDetails.json().get("code").asString()).isEqualTo("validation_failed");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("code").asString()).isEqualTo("validation_failed");
        assertThat(stream.requests()).isEmpty();
    }

    @Test
    void moderatorsSeeTheirFeedsReportsOnly() {
        String inA = post("rpa", "rp_author");
        String inB = post("rpb", "rp_author");
        assertThat(report(inA, "rp_student", "{\"reason\":\"spam\"}").status()).isEqualTo(201);
        assertThat(report(inB, "rp_creator_b", "{\"reason\":\"inappropriate\"}").status())
                .isEqualTo(201);

        JsonNode queueA = queue("course/rpa", "rp_teacher_a");
        JsonNode queueB = queue("course/rpb", "rp_creator_b");

        assertThat(targets(queueA)).contains(inA).doesNotContain(inB);
        assertThat(targets(queueB)).contains(inB).doesNotContain(inA);
        assertThat(api.get("/api/feeds/course/rpb/reports", token("rp_teacher_a"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/feeds/course/rpa/reports", token("rp_student")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/feeds/course/rpa/reports", jwts.token("rp_admin", "admin"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aDismissalClosesTheReportAndKeepsTheContent() {
        String activity = post("rpa", "rp_author");
        String reportId = report(activity, "rp_student", "{\"reason\":\"spam\"}")
                .json()
                .at("/report/id")
                .asString();

        Api.Response byStudent = resolve(reportId, "rp_student", "dismiss");
        Api.Response dismissed = resolve(reportId, "rp_teacher_a", "dismiss");

        assertThat(byStudent.status()).isEqualTo(403);
        assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
        assertThat(dismissed.json().at("/report/state").asString()).isEqualTo("dismissed");
        assertThat(dismissed.json().at("/report/resolvedBy").asString()).isEqualTo("rp_teacher_a");
        assertThat(api.get("/api/activities/" + activity, token("rp_student")).status())
                .isEqualTo(200);
        assertThat(targets(queue("course/rpa", "rp_teacher_a"))).doesNotContain(activity);
        assertThat(resolve(reportId, "rp_teacher_a", "remove").status()).isEqualTo(409);
    }

    @Test
    void aRemovalDeletesTheContentClosesEveryReportOfItAndTellsTheReporters() {
        String activity = post("rpa", "rp_author");
        String reportId = report(activity, "rp_student", "{\"reason\":\"harassment\"}")
                .json()
                .at("/report/id")
                .asString();
        assertThat(report(activity, "rp_teacher_a", "{\"reason\":\"harassment\"}")
                        .status())
                .isEqualTo(201);

        Api.Response removed = resolve(reportId, "rp_creator_a", "remove");

        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().at("/report/state").asString()).isEqualTo("removed");
        stream.expectRefusals("getActivity"); // the removed activity is asked for once more, below
        assertThat(api.get("/api/activities/" + activity, token("rp_student")).status())
                .isEqualTo(404);
        JsonNode closed = api.get("/api/feeds/course/rpa/reports?state=removed", token("rp_creator_a"))
                .json();
        assertThat(targets(closed).stream().filter(activity::equals)).hasSize(2);
        JsonNode notified = api.get("/api/notifications", token("rp_student")).json();
        assertThat(notified.get("groups").findValuesAsString("type")).contains("report_removed");
        JsonNode audit =
                api.get("/api/admin/audit", jwts.token("rp_admin", "admin")).json();
        assertThat(audit.get("entries").findValuesAsString("action")).contains("report.remove");
        assertThat(resolve(reportId, "rp_creator_a", "remove").status()).isEqualTo(200);
    }

    @Test
    void aModeratorNeitherSeesNorResolvesReportsAboutTheirOwnContent() {
        String teachersPost = post("rpa", "rp_teacher_a");
        String reportId = report(teachersPost, "rp_student", "{\"reason\":\"spam\"}")
                .json()
                .at("/report/id")
                .asString();
        stream.clearRequests();

        Api.Response byTheAuthor = resolve(reportId, "rp_teacher_a", "dismiss");

        assertThat(byTheAuthor.status()).isEqualTo(403);
        assertThat(writes()).isEmpty();
        assertThat(targets(queue("course/rpa", "rp_teacher_a"))).doesNotContain(teachersPost);
        assertThat(targets(queue("course/rpa", "rp_creator_a"))).contains(teachersPost);
        assertThat(resolve(reportId, "rp_creator_a", "dismiss").status()).isEqualTo(200);
    }

    @Test
    void aNotificationIsNotReportableOnlyWhatItPointsAt() {
        Api.Response question = api.post(
                "/api/feeds/course/rpa/activities",
                token("rp_student"),
                "{\"type\":\"post\",\"text\":\"x\",\"mentions\":[\"rp_author\"]}");
        assertThat(question.status()).as(question.body()).isEqualTo(201);
        JsonNode notifications =
                api.get("/api/notifications", token("rp_author")).json();
        String notificationId = notifications.at("/groups/0/latest/0/id").asString();
        assertThat(notificationId).isNotBlank();
        stream.clearRequests();

        Api.Response reported = report(notificationId, "rp_author", "{\"reason\":\"spam\"}");

        assertThat(reported.status()).as(reported.body()).isEqualTo(404);
        assertThat(writes()).isEmpty();
    }

    @Test
    void aReportFiledWhileStreamIsDownIsFlaggedLater() throws InterruptedException {
        String activity = post("rpa", "rp_author");
        stream.failNext("flag", 1, 503);

        Api.Response filed = report(activity, "rp_student", "{\"reason\":\"spam\"}");

        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(flagsOf(activity)).isZero();
        long deadline = System.currentTimeMillis() + 10_000;
        while (flagsOf(activity) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(flagsOf(activity)).isEqualTo(1);
    }

    private long flagsOf(String activity) {
        return stream.state().moderation().allFlags().stream()
                .filter(flag -> flag.entityId().equals(activity))
                .count();
    }

    private JsonNode queue(String feed, String moderator) {
        Api.Response r = api.get("/api/feeds/" + feed + "/reports", token(moderator));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private Api.Response resolve(String reportId, String moderator, String action) {
        return api.post(
                "/api/reports/" + reportId + "/resolution", token(moderator), "{\"action\":\"" + action + "\"}");
    }

    private static List<String> targets(JsonNode page) {
        return page.get("reports").findValuesAsString("id").stream().toList().isEmpty()
                ? List.of()
                : page.get("reports")
                        .valueStream()
                        .map(report -> report.at("/target/id").asString())
                        .toList();
    }
}
