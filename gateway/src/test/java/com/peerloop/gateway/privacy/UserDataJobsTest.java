package com.peerloop.gateway.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import com.peerloop.testsupport.StreamWebhooks;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

@Tag("slow")
@TestPropertySource(
        properties = {
            "peerloop.sync.worker-enabled=true",
            "peerloop.privacy.erasure-settle=2s",
            "peerloop.privacy.max-attempts=5",
            "stream.api-secret=" + UserDataJobsTest.SECRET
        })
class UserDataJobsTest extends GatewayTestBase {

    /** Fixed, so that the test can sign Stream webhook deliveries. */
    static final String SECRET = "privacy-test-stream-secret-of-at-least-32-bytes";

    @Autowired
    JdbcClient jdbc;

    @Test
    void erasureLeavesNothingOfTheUserButPseudonymisedAuditEntries() {
        String user = "er_student";
        String oldToken = seedUserWithContent(user, "erc1", "erc2", "erp1");

        Api.Response accepted = api.post("/api/admin/users/" + user + "/erase", admin(), reason("request 1"));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode job = accepted.json().get("job");
        assertThat(job.get("kind").asString()).isEqualTo("erase");
        assertThat(accepted.header("Location"))
                .isEqualTo("/api/admin/jobs/" + job.get("id").asString());
        // while the erasure settles, Stream announces the pruned user: the event names them, and so may its effect
        Awaitility.await("user pruned at Stream")
                .atMost(Duration.ofSeconds(15))
                .until(() -> stream.state().deletedUsers().get(user).isPresent());
        Api.Response event = new StreamWebhooks(api, stream.apiKey(), SECRET)
                .deliver("{\"type\":\"user.deleted\",\"user\":{\"id\":\"" + user + "\"}}");
        assertThat(event.status()).isEqualTo(200);
        JsonNode done = awaitDone(job.get("id").asString());
        String pseudonym = done.get("userId").asString();
        assertThat(pseudonym).startsWith("erased-").doesNotContain(user);

        assertNothingAtStream(user);
        assertThat(stream.state().deletedUsers().get(user))
                .hasValueSatisfying(d -> assertThat(d.mode()).isEqualTo("pruning"));
        assertThat(stream.state().users().get(user))
                .hasValueSatisfying(u -> assertThat(u.name()).isNull());
        assertNothingInTheGatewayBut(user, pseudonym);
        assertThat(api.post("/api/stream/token", oldToken, "").status()).isEqualTo(401);

        // a second erasure finds nothing left and changes nothing
        Api.Response again = api.post("/api/admin/users/" + user + "/erase", admin(), reason("request 2"));
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().at("/job/id").asString())
                .isNotEqualTo(job.get("id").asString());
        assertThat(awaitDone(again.json().at("/job/id").asString())
                        .get("userId")
                        .asString())
                .isEqualTo(pseudonym);
        assertNothingAtStream(user);
        assertNothingInTheGatewayBut(user, pseudonym);
    }

    @Test
    void erasureCompletesOnceStreamIsBackAfterAFailedTaskAndAnHttpFailure() {
        String user = "ef_student";
        seedUserWithContent(user, "efc1", "efc2", "efp1");
        stream.failNextTasks("deleteFeedUserData", 1);
        stream.failNext("deleteUsers", 1, 503);

        Api.Response accepted = api.post("/api/admin/users/" + user + "/erase", admin(), reason("request 3"));
        String id = accepted.json().at("/job/id").asString();
        // while it is open, asking again answers the same job
        Api.Response repeated = api.post("/api/admin/users/" + user + "/erase", admin(), reason("request 3 again"));
        assertThat(repeated.json().at("/job/id").asString()).isEqualTo(id);

        JsonNode done = awaitDone(id);

        assertThat(stream.requests("deleteFeedUserData")).hasSize(2);
        assertThat(stream.requests("deleteUsers")).hasSize(2);
        var tasks = stream.state().tasks().startedBy("deleteFeedUserData");
        assertThat(tasks.subList(tasks.size() - 2, tasks.size()))
                .extracting(t -> t.status())
                .containsExactly("failed", "completed");
        assertThat(done.get("lastError").isNull()).isTrue();
        assertNothingAtStream(user);
        assertNothingInTheGatewayBut(user, done.get("userId").asString());
    }

    @Test
    void aJobParkedWhileStreamKeepsFailingIsResumedByAskingAgain() {
        String user = "pk_student";
        seedUserWithContent(user, "pkc1", "pkc2", "pkp1");
        stream.failAlways("deleteFeedUserData", 503);

        String id = api.post("/api/admin/users/" + user + "/erase", admin(), reason("request 5"))
                .json()
                .at("/job/id")
                .asString();
        JsonNode parked = awaitEnd(id, "failed");

        assertThat(parked.get("attempts").asInt()).isEqualTo(5);
        assertThat(parked.get("lastError").asString()).isEqualTo("upstream_unavailable");
        assertThat(parked.get("finishedAt").isNull()).isFalse();
        // the steps before the failing one are done, Stream's data is untouched, and the gauge shows the job
        assertThat(jdbc.sql("select count(*) from enrollments where user_id = :u")
                        .param("u", user)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(stream.state().activities().all()).anyMatch(a -> user.equals(a.userId()));
        assertThat(api.get("/actuator/prometheus", null).body()).contains("gateway_user_jobs{state=\"failed\"}");

        stream.heal();
        Api.Response again = api.post("/api/admin/users/" + user + "/erase", admin(), reason("request 5, again"));
        assertThat(again.json().at("/job/id").asString()).isNotEqualTo(id);
        JsonNode done = awaitDone(again.json().at("/job/id").asString());

        assertNothingAtStream(user);
        assertNothingInTheGatewayBut(user, done.get("userId").asString());
    }

    @Test
    void exportHoldsTheRecordsTheAuditEntriesAndStreamsExportOnce() {
        String user = "ex_student";
        seedUserWithContent(user, "exc1", "exc2", "exp1");
        stream.state().tasks().completeOnPoll(1_000_000);

        Api.Response accepted = api.post("/api/admin/users/" + user + "/export", admin(), reason("access request"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String id = accepted.json().at("/job/id").asString();
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() ->
                        !stream.state().tasks().startedBy("exportFeedUserData").isEmpty());
        Api.Response early = api.get("/api/admin/jobs/" + id + "/document", admin());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("conflict");

        stream.state().tasks().completeOnPoll(1);
        awaitDone(id);
        Api.Response document = api.get("/api/admin/jobs/" + id + "/document", admin());

        assertThat(document.status()).as(document.body()).isEqualTo(200);
        assertThat(document.header("Content-Type")).startsWith("application/json");
        assertThat(document.header("Content-Disposition")).startsWith("attachment");
        JsonNode json = document.json();
        assertThat(json.get("userId").asString()).isEqualTo(user);
        var exports = stream.state().tasks().startedBy("exportFeedUserData");
        String taskId = exports.get(exports.size() - 1).id();
        assertThat(json.at("/stream/taskId").asString()).isEqualTo(taskId);
        assertThat(json.at("/stream/url").asString())
                .isEqualTo("https://exports.fake-stream.invalid/feeds/" + taskId + ".json");
        assertThat(json.at("/gateway/records/enrollments/0/courseId").asString())
                .isEqualTo("exc1");
        assertThat(json.at("/gateway/records/teaching/0/courseId").asString()).isEqualTo("exc2");
        assertThat(json.at("/gateway/records/purchases/0/id").asString()).isEqualTo("exp1");
        assertThat(json.at("/gateway/audit/entries").toString())
                .contains("\"action\":\"privacy.export\"", "\"reason\":\"access request\"");
        assertThat(api.get("/api/admin/jobs/" + id + "/document", admin()).status())
                .isEqualTo(404);
    }

    @Test
    void aUserStreamNeverSawIsErasedAndExportedWithoutStreamTasks() {
        // a revocation is all the gateway holds of this user; Stream has never seen them
        assertThat(api.post("/api/admin/users/un_user/revoke-tokens", admin(), reason("lost device"))
                        .status())
                .isEqualTo(200);
        stream.clearRequests();

        Api.Response export = api.post("/api/admin/users/un_user/export", admin(), reason("access request"));
        String exportId = export.json().at("/job/id").asString();
        awaitDone(exportId);
        JsonNode document =
                api.get("/api/admin/jobs/" + exportId + "/document", admin()).json();
        assertThat(document.at("/stream/known").asBoolean()).isFalse();
        assertThat(document.at("/gateway/records/enrollments").isEmpty()).isTrue();
        assertThat(document.at("/gateway/audit/entries").toString()).contains("tokens.revoke_user", "lost device");

        Api.Response erase = api.post("/api/admin/users/un_user/erase", admin(), reason("request 4"));
        String pseudonym =
                awaitDone(erase.json().at("/job/id").asString()).get("userId").asString();

        assertThat(stream.requests("exportFeedUserData")).isEmpty();
        assertThat(stream.requests("deleteFeedUserData")).isEmpty();
        assertThat(stream.requests("deleteUsers")).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where target like '%un_user%'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select action from audit_log where target like :like")
                        .param("like", "%" + pseudonym + "%")
                        .query(String.class)
                        .list())
                .contains("privacy.erase", "privacy.export", "tokens.revoke_user");
    }

    @Test
    void nonAdminsAreRefusedAndNothingIsWrittenOrCalled() {
        String student = jwts.token("nx_student", "student");
        long jobs = jdbc.sql("select count(*) from user_jobs").query(Long.class).single();

        for (String path : new String[] {"/api/admin/users/nx_other/erase", "/api/admin/users/nx_other/export"}) {
            Api.Response refused = api.post(path, student, reason("because"));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("code").asString()).isEqualTo("forbidden");
        }
        assertThat(api.get("/api/admin/jobs/some-job", student).status()).isEqualTo(403);

        assertThat(jdbc.sql("select count(*) from user_jobs").query(Long.class).single())
                .isEqualTo(jobs);
        assertThat(stream.requests()).isEmpty();
    }

    @Test
    void aReasonIsRequiredAndAnEraseJobHasNoDocument() {
        assertThat(api.post("/api/admin/users/nr_user/erase", admin(), "{}").status())
                .isEqualTo(400);
        assertThat(api.post("/api/admin/users/nr_user/export", admin(), reason("x".repeat(501)))
                        .status())
                .isEqualTo(400);
        assertThat(stream.requests()).isEmpty();
        assertThat(api.get("/api/admin/jobs/no-such-job", admin()).status()).isEqualTo(404);
    }

    @Test
    void openApiDescribesTheJobEndpoints() {
        JsonNode paths = api.get("/v3/api-docs", null).json().get("paths");

        for (String path : new String[] {
            "/api/admin/users/{userId}/erase",
            "/api/admin/users/{userId}/export",
            "/api/admin/jobs/{jobId}",
            "/api/admin/jobs/{jobId}/document"
        }) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    /** Records, a post, a comment and a reaction of the user; returns a JWT issued before the erasure. */
    private String seedUserWithContent(String user, String course, String taughtCourse, String purchase) {
        new Records(api, jwts)
                .course(course, user + "_creator")
                .course(taughtCourse, user + "_creator")
                .enroll(course, user)
                .teacher(taughtCourse, user)
                .purchase(purchase, user, user + "_creator");
        String token = jwts.forUser(user)
                .roles("student")
                .issuedAt(Instant.now().minusSeconds(10))
                .sign();
        Api.Response post = api.post(
                "/api/feeds/course/" + course + "/activities", token, "{\"type\":\"post\",\"text\":\"hello\"}");
        assertThat(post.status()).as(post.body()).isEqualTo(201);
        String activityId = post.json().at("/activity/id").asString();
        assertThat(api.post("/api/activities/" + activityId + "/comments", token, "{\"text\":\"mine\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/activities/" + activityId + "/reactions", token, "{\"type\":\"like\"}")
                        .status())
                .isIn(200, 201);
        // what the gateway itself keeps about the user: a bookmark, a report they filed, a block they made
        assertThat(api.put("/api/activities/" + activityId + "/bookmark", token, null)
                        .status())
                .isEqualTo(204);
        String creatorToken = jwts.token(user + "_creator", "creator");
        String creatorsPost = api.post(
                        "/api/feeds/course/" + course + "/activities",
                        creatorToken,
                        "{\"type\":\"post\",\"text\":\"welcome\"}")
                .json()
                .at("/activity/id")
                .asString();
        assertThat(api.post("/api/activities/" + creatorsPost + "/reports", token, "{\"reason\":\"spam\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.put("/api/blocks/" + user + "_creator", token, null).status())
                .isEqualTo(204);
        Awaitility.await("follows and memberships at Stream")
                .atMost(Duration.ofSeconds(15))
                .until(() -> stream.state().follows().exists("timeline:" + user, "course:" + course)
                        && stream.state().follows().exists("timeline:" + user, "instructor:" + user + "_creator")
                        && stream.state().feeds().isMember("course:" + taughtCourse, user));
        stream.clearRequests();
        return token;
    }

    private void assertNothingAtStream(String user) {
        var state = stream.state();
        assertThat(state.activities().all()).noneMatch(a -> user.equals(a.userId()));
        assertThat(state.comments().all()).noneMatch(c -> user.equals(c.userId()));
        assertThat(state.activities().all())
                .allSatisfy(a -> assertThat(state.activities().reactions(a.id()))
                        .noneMatch(r -> r.userId().equals(user)));
        assertThat(state.follows().all())
                .noneMatch(f -> f.source().endsWith(":" + user) || f.target().endsWith(":" + user));
        assertThat(state.feeds().all())
                .allSatisfy(feed ->
                        assertThat(state.feeds().isMember(feed.fid(), user)).isFalse());
        assertThat(state.feeds().all()).noneMatch(feed -> user.equals(feed.createdBy()));
    }

    private void assertNothingInTheGatewayBut(String user, String pseudonym) {
        for (String table :
                new String[] {"enrollments", "course_teachers", "purchases", "user_jobs", "sync_intents", "bookmarks"
                }) {
            assertThat(jdbc.sql("select count(*) from " + table + " where user_id = :u")
                            .param("u", user)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.sql("select count(*) from reports where reporter_id = :u or author_id = :u")
                        .param("u", user)
                        .query(Long.class)
                        .single())
                .as("reports")
                .isZero();
        assertThat(jdbc.sql("select count(*) from user_blocks where blocker_id = :u or blocked_id = :u")
                        .param("u", user)
                        .query(Long.class)
                        .single())
                .as("user_blocks")
                .isZero();
        // the cut-off that refuses the user's old tokens stays: the id and a time, nothing else
        assertThat(jdbc.sql("select count(*) from token_revocations where subject = :u")
                        .param("u", user)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from rate_limit_buckets where id like :like")
                        .param("like", "%:" + user)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from webhook_events where payload::text like :u")
                        .param("u", "%" + user + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where actor_id = :u or target like :like")
                        .param("u", user)
                        .param("like", "%" + user + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select action from audit_log where target like :like")
                        .param("like", "%" + pseudonym + "%")
                        .query(String.class)
                        .list())
                .contains("privacy.erase", "tokens.revoke_user", "records.enrolled", "records.dropped");
    }

    private JsonNode awaitDone(String jobId) {
        return awaitEnd(jobId, "done");
    }

    /** Waits until the job is done or parked as failed, and checks which. */
    private JsonNode awaitEnd(String jobId, String expected) {
        Awaitility.await("job " + jobId + " " + expected)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> api.get("/api/admin/jobs/" + jobId, admin())
                                .json()
                                .at("/job/state")
                                .asString(),
                        state -> state.equals("done") || state.equals("failed"));
        JsonNode job = api.get("/api/admin/jobs/" + jobId, admin()).json().get("job");
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo(expected);
        return job;
    }

    private String admin() {
        return jwts.token("p_admin", "admin");
    }

    private static String reason(String text) {
        return "{\"reason\":\"" + text + "\"}";
    }
}
