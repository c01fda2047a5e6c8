package com.peerloop.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.Records;
import com.peerloop.testsupport.TestJwts;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The gateway's contract with Stream, as scenarios: the gateway runs in-process against a Stream app (the fake,
 * or a real one), PeerLoop's records are written through its internal API, and every check looks at Stream only
 * through Stream's HTTP API ({@link StreamApi}). The revoke-all scenario runs last, as it invalidates every
 * Stream token of the app.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(
        properties = {
            "peerloop.sync.worker-enabled=true",
            "peerloop.sync.poll-interval=100ms",
            "peerloop.sync.base-backoff=200ms",
            "peerloop.sync.max-backoff=2s"
        })
abstract class ContractScenarios {

    private static final Logger LOG = LoggerFactory.getLogger(ContractScenarios.class);
    private static final List<String> WEBHOOK_SETTINGS = List.of(
            "webhook_url",
            "webhook_events",
            "event_hooks",
            "sqs_url",
            "sns_topic_arn",
            "before_message_send_hook_url",
            "custom_action_handler_url");

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    final RunIds ids = new RunIds();
    Api api;
    Records records;
    StreamApi stream;

    /** The Stream app this run talks to; the gateway is configured with the same base URL, key and secret. */
    protected abstract StreamTarget target();

    /** Gives the app webhook settings to compare, where that is harmless (the fake); a real app keeps its own. */
    protected void seedWebhookSettings(StreamApi stream) {}

    @BeforeAll
    void connect() {
        api = new Api(port);
        records = new Records(api, jwts);
        stream = new StreamApi(target());
        LOG.info(
                "Stream contract suite against {} ({}), run prefix {}",
                target().name(),
                target().baseUrl(),
                ids.prefix());
    }

    @BeforeEach
    void feedGroupsProvisioned() {
        eventually(
                "the gateway has provisioned its feed groups",
                () -> api.get("/api/internal/sync/status", service())
                        .json()
                        .path("feedGroupsProvisioned")
                        .asBoolean(false));
    }

    @AfterAll
    void deleteWhatTheRunCreated() {
        if (stream != null) {
            ids.deleteAll(stream);
        }
    }

    @Test
    @Order(1)
    void provisionsMembersOnlyCourseAndInstructorGroupsAndAVisibleTownhall() {
        assertThat(api.post("/api/internal/sync/provision", service(), null).status())
                .isEqualTo(200);

        assertThat(stream.feedGroup("course").path("default_visibility").asString())
                .isEqualTo("members");
        assertThat(stream.feedGroup("instructor").path("default_visibility").asString())
                .isEqualTo("members");
        assertThat(stream.feedGroup("townhall").path("default_visibility").asString())
                .isEqualTo("visible");
    }

    // reference §8.7: the notification group aggregates (its aggregation format groups by type and time)
    @Test
    @Order(2)
    void notificationGroupAggregates() {
        assertThat(stream.feedGroup("notification")
                        .path("aggregation")
                        .path("format")
                        .asString(""))
                .isNotBlank();
    }

    @Test
    @Order(3)
    void enrolmentMakesTheStudentAMemberAndAFollowerOfTheCourseFeed() {
        String course = enrolled("enrol");
        String student = ids.prefix() + "-enrol-student";

        JsonNode member = awaitMember("course", course, student);
        JsonNode follow = awaitFollow("timeline:" + student, "course:" + course);
        assertThat(member.path("status").asString()).isEqualTo("member");
        assertThat(follow.path("status").asString()).isEqualTo("accepted");
    }

    // reference §8.2/§8.3: a members-only feed may be followed by members only, and a member's role is feed_member
    @Test
    @Order(4)
    void enrolmentGivesRoleFeedMemberBeforeTheFollow() {
        String course = enrolled("order");
        String student = ids.prefix() + "-order-student";

        JsonNode member = awaitMember("course", course, student);
        JsonNode follow = awaitFollow("timeline:" + student, "course:" + course);
        assertThat(member.path("role").asString()).isEqualTo("feed_member");
        assertThat(time(member.path("created_at"))).isBeforeOrEqualTo(time(follow.path("created_at")));
    }

    @Test
    @Order(5)
    void aMemberReadsTheCourseFeedAtStreamAndANonMemberIsRefused() {
        String course = enrolled("read");
        String student = ids.prefix() + "-read-student";
        String outsider = ids.user("read-outsider");
        awaitMember("course", course, student);

        assertThat(stream.clientRead(streamToken(student), "course", course).status())
                .isEqualTo(200);
        assertThat(stream.clientRead(streamToken(outsider), "course", course).status())
                .isEqualTo(403);
    }

    @Test
    @Order(6)
    void droppingEndsTheFollowTheMembershipAndTheClientRead() {
        String course = enrolled("drop");
        String student = ids.prefix() + "-drop-student";
        awaitMember("course", course, student);
        awaitFollow("timeline:" + student, "course:" + course);
        String token = streamToken(student);

        records.drop(course, student);

        eventually(
                "the follow is gone",
                () -> stream.follows("timeline:" + student, "course:" + course).isEmpty());
        eventually(
                "the membership is gone",
                () -> stream.members("course", course, student).isEmpty());
        assertThat(stream.clientRead(token, "course", course).status()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void purchaseOpensTheInstructorFeedAndRefundClosesIt() {
        String creator = ids.user("shop-creator");
        String buyer = ids.user("shop-buyer");
        String purchase = ids.prefix() + "-shop-purchase";
        streamToken(creator);
        String token = streamToken(buyer);
        records.course(ids.course("shop-course"), creator);

        records.purchase(purchase, buyer, creator);
        awaitMember("instructor", creator, buyer);
        awaitFollow("timeline:" + buyer, "instructor:" + creator);
        assertThat(stream.clientRead(token, "instructor", creator).status()).isEqualTo(200);

        records.refund(purchase);
        eventually(
                "the follow is gone",
                () -> stream.follows("timeline:" + buyer, "instructor:" + creator)
                        .isEmpty());
        eventually(
                "the membership is gone",
                () -> stream.members("instructor", creator, buyer).isEmpty());
        assertThat(stream.clientRead(token, "instructor", creator).status()).isEqualTo(403);
    }

    // reference §8.7: a notification feed read answers aggregated_activities and notification_status
    @Test
    @Order(8)
    void aQuestionInACourseReachesTheCreatorsNotificationFeedAsAnUnreadGroup() {
        String course = enrolled("ask");
        String student = ids.prefix() + "-ask-student";
        String creator = ids.prefix() + "-ask-creator";
        awaitMember("course", course, student);

        Api.Response posted = api.post(
                "/api/feeds/course/" + course + "/activities",
                jwts.token(student, "student"),
                "{\"type\":\"question\",\"text\":\"When is the exam? (" + ids.prefix() + ")\"}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        ids.activity(posted.json().path("activity").path("id").asString());

        String creatorToken = streamToken(creator);
        Awaitility.await("the creator's notification feed shows an unread group")
                .atMost(target().syncDeadline())
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    StreamApi.Response read = stream.clientRead(creatorToken, "notification", creator);
                    assertThat(read.status()).as(read.body()).isEqualTo(200);
                    JsonNode groups = read.json().path("aggregated_activities");
                    assertThat(groups.size())
                            .as("aggregated_activities of " + read.body())
                            .isGreaterThanOrEqualTo(1);
                    assertThat(groups.get(0).path("group").asString("")).isNotBlank();
                    assertThat(read.json()
                                    .path("notification_status")
                                    .path("unread")
                                    .asInt(0))
                            .as("notification_status.unread of " + read.body())
                            .isGreaterThanOrEqualTo(1);
                });
    }

    @Test
    @Order(9)
    void aRevokedUsersOldStreamTokenIsRefusedANewOneAcceptedEvenAfterAProfileChange() {
        String user = ids.user("revoked");
        String old = streamToken(user);
        assertThat(ownFeedRead(old, user)).isEqualTo(200);
        nextSecond();

        Api.Response revoked = api.post(
                "/api/admin/users/" + user + "/revoke-tokens",
                admin(),
                "{\"reason\":\"contract run " + ids.prefix() + "\"}");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);

        eventually("Stream refuses the old token", () -> ownFeedRead(old, user) == 401);
        String fresh = streamToken(user);
        assertThat(ownFeedRead(fresh, user)).isEqualTo(200);

        String renamed = "Renamed " + ids.prefix();
        Api.Response reissued = api.post(
                "/api/stream/token",
                jwts.forUser(user).roles("student").name(renamed).sign(),
                null);
        assertThat(reissued.status()).as(reissued.body()).isEqualTo(200);
        assertThat(streamUser(user).path("name").asString("")).isEqualTo(renamed);
        assertThat(ownFeedRead(old, user)).isEqualTo(401);
        assertThat(ownFeedRead(fresh, user)).isEqualTo(200);
    }

    @Test
    @Order(10)
    void aThreadWithAReplyAReactionAndEditsReadsBackAtStream() {
        String course = enrolled("thread");
        String student = ids.prefix() + "-thread-student";
        String creator = ids.prefix() + "-thread-creator";
        String studentJwt = jwts.token(student, "student");
        String creatorJwt = jwts.token(creator, "creator");
        Api.Response posted = api.post(
                "/api/feeds/course/" + course + "/activities",
                studentJwt,
                "{\"type\":\"post\",\"text\":\"Draft (" + ids.prefix() + ")\"}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String activityId = posted.json().path("activity").path("id").asString();
        ids.activity(activityId);
        Api.Response commented =
                api.post("/api/activities/" + activityId + "/comments", creatorJwt, "{\"text\":\"Answer\"}");
        assertThat(commented.status()).as(commented.body()).isEqualTo(201);
        String commentId = commented.json().path("comment").path("id").asString();

        assertThat(api.post("/api/comments/" + commentId + "/replies", studentJwt, "{\"text\":\"Thanks\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/comments/" + commentId + "/reactions", studentJwt, "{\"type\":\"like\"}")
                        .status())
                .isEqualTo(201);
        Api.Response commentEdit = api.send(
                "PATCH",
                "/api/comments/" + commentId,
                java.util.Map.of("Authorization", "Bearer " + creatorJwt, "Content-Type", "application/json"),
                "{\"text\":\"Answer, edited\"}");
        assertThat(commentEdit.status()).as(commentEdit.body()).isEqualTo(200);
        assertThat(commentEdit.json().path("comment").path("editedAt").isNull()).isFalse();
        Api.Response activityEdit = api.send(
                "PATCH",
                "/api/activities/" + activityId,
                java.util.Map.of("Authorization", "Bearer " + studentJwt, "Content-Type", "application/json"),
                "{\"text\":\"Final (" + ids.prefix() + ")\"}");
        assertThat(activityEdit.status()).as(activityEdit.body()).isEqualTo(200);
        assertThat(activityEdit.json().path("activity").path("editedAt").isNull())
                .isFalse();

        JsonNode comment = StreamApi.expectOk(stream.asServer("GET", "/api/v2/feeds/comments/" + commentId, null))
                .json()
                .path("comment");
        assertThat(comment.path("text").asString()).isEqualTo("Answer, edited");
        assertThat(comment.path("reply_count").asInt()).isEqualTo(1);
        assertThat(comment.path("reaction_groups").path("like").path("count").asInt())
                .isEqualTo(1);
        JsonNode replies = StreamApi.expectOk(
                        stream.asServer("GET", "/api/v2/feeds/comments/" + commentId + "/replies", null))
                .json()
                .path("comments");
        assertThat(replies.size()).isEqualTo(1);
        assertThat(replies.get(0).path("parent_id").asString()).isEqualTo(commentId);
        JsonNode activity = StreamApi.expectOk(stream.asServer("GET", "/api/v2/feeds/activities/" + activityId, null))
                .json()
                .path("activity");
        assertThat(activity.path("text").asString()).startsWith("Final");
        assertThat(activity.path("comment_count").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(100)
    void revokingAllTokensLeavesTheAppsWebhookSettingsAsTheyWere() {
        seedWebhookSettings(stream);
        String user = ids.user("revoke-all");
        String old = streamToken(user);
        assertThat(ownFeedRead(old, user)).isEqualTo(200);
        JsonNode before = webhookSettings(stream.app());
        nextSecond();

        Api.Response revoked =
                api.post("/api/admin/revoke-all-tokens", admin(), "{\"reason\":\"contract run " + ids.prefix() + "\"}");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);

        eventually("Stream refuses a token minted before", () -> ownFeedRead(old, user) == 401);
        assertThat(webhookSettings(stream.app())).isEqualTo(before);
    }

    /** A course by {@code <name>-creator} with {@code <name>-student} enrolled; both exist at Stream first. */
    private String enrolled(String name) {
        String creator = ids.user(name + "-creator");
        String student = ids.user(name + "-student");
        String course = ids.course(name + "-course");
        streamToken(creator);
        streamToken(student);
        records.course(course, creator);
        records.enroll(course, student);
        return course;
    }

    /** A Stream user token from the gateway's {@code POST /api/stream/token}, for a fresh PeerLoop JWT. */
    private String streamToken(String userId) {
        Api.Response response = api.post("/api/stream/token", jwts.token(userId, "student"), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("token").asString();
    }

    /** A client's get-or-create of its own {@code user:} feed, which any valid token of that user may do. */
    private int ownFeedRead(String token, String userId) {
        return stream.clientRead(token, "user", userId).status();
    }

    private JsonNode streamUser(String userId) {
        String payload = java.net.URLEncoder.encode(
                "{\"filter_conditions\":{\"id\":{\"$eq\":" + StreamApi.quote(userId) + "}}}",
                java.nio.charset.StandardCharsets.UTF_8);
        JsonNode users = StreamApi.expectOk(stream.asServer("GET", "/api/v2/users?payload=" + payload, null))
                .json()
                .path("users");
        assertThat(users.size()).as("users named " + userId).isEqualTo(1);
        return users.get(0);
    }

    private JsonNode awaitMember(String group, String id, String userId) {
        eventually(
                userId + " is a member of " + group + ":" + id,
                () -> !stream.members(group, id, userId).isEmpty());
        return stream.members(group, id, userId).get(0);
    }

    private JsonNode awaitFollow(String source, String target) {
        eventually(
                source + " follows " + target,
                () -> !stream.follows(source, target).isEmpty());
        return stream.follows(source, target).get(0);
    }

    private static JsonNode webhookSettings(JsonNode app) {
        var settings = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        WEBHOOK_SETTINGS.forEach(field -> settings.set(field, app.path(field)));
        return settings;
    }

    /** Stream's timestamps: RFC 3339 strings, or integers of nanoseconds (reference §0). */
    private static Instant time(JsonNode value) {
        return value.isNumber()
                ? Instant.ofEpochSecond(0, value.asLong())
                : OffsetDateTime.parse(value.asString()).toInstant();
    }

    /**
     * Waits for the next wall-clock second: cut-offs have whole seconds (README, "The cut-off"), so a token minted
     * in the very second of a revocation still counts as issued at or after it.
     */
    private static void nextSecond() {
        long now = System.currentTimeMillis();
        try {
            Thread.sleep(1000 - now % 1000 + 50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void eventually(String what, Callable<Boolean> condition) {
        Awaitility.await(what)
                .atMost(target().syncDeadline())
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(condition);
    }

    private String service() {
        return jwts.token("peerloop-backend", "service");
    }

    private String admin() {
        return jwts.token(ids.prefix() + "-admin", "admin");
    }
}
