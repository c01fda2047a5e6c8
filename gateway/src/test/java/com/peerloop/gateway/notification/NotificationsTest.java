package com.peerloop.gateway.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.RecordedRequest;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Who is notified of what, through HTTP with the fake Stream writing what {@code create_notification_activity}
 * asks for; the grouped read, the badge and the marks. The badge is kept far longer than a test runs, so a
 * count that changes shows that a mark or a notification dropped it.
 */
@Tag("slow")
@TestPropertySource(properties = "peerloop.notifications.status-cache-ttl=10m")
class NotificationsTest extends GatewayTestBase {

    private String token(String userId) {
        return jwts.token(userId, "student");
    }

    private String post(String courseId, String authorId, String type, String mentions) {
        Api.Response r = api.post(
                "/api/feeds/course/" + courseId + "/activities",
                token(authorId),
                "{\"type\":\"" + type + "\",\"text\":\"hello\"" + (mentions == null ? "" : ",\"mentions\":" + mentions)
                        + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().at("/activity/id").asString();
    }

    private void react(String activityId, String userId) {
        Api.Response r = api.post("/api/activities/" + activityId + "/reactions", token(userId), "{\"type\":\"like\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private void comment(String activityId, String userId, String mentions) {
        Api.Response r = api.post(
                "/api/activities/" + activityId + "/comments",
                token(userId),
                "{\"text\":\"nice\"" + (mentions == null ? "" : ",\"mentions\":" + mentions) + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private JsonNode notifications(String userId) {
        Api.Response r = api.get("/api/notifications", token(userId));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Each group as {@code type:actor,actor…}, newest group first. */
    private List<String> groups(String userId) {
        List<String> groups = new ArrayList<>();
        for (JsonNode group : notifications(userId).get("groups")) {
            List<String> actors = new ArrayList<>();
            group.get("actors").forEach(actor -> actors.add(actor.get("id").asString()));
            groups.add(group.get("type").asString() + ":" + String.join(",", actors));
        }
        return groups;
    }

    private JsonNode status(String userId) {
        Api.Response r = api.get("/api/notifications/status", token(userId));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private JsonNode mark(String userId, String what, String body) {
        Api.Response r = api.post("/api/notifications/" + what, token(userId), body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private List<RecordedRequest> writesTo(String userId) {
        return stream.requests().stream()
                .filter(RecordedRequest::write)
                .filter(r -> r.body().contains("notification:" + userId))
                .toList();
    }

    @Test
    void aCommentAndAReactionNotifyTheActivitysAuthor() {
        new Records(api, jwts).course("nt1", "nt1_cr").enroll("nt1", "nt1_a").enroll("nt1", "nt1_b");
        String postId = post("nt1", "nt1_a", "post", null);

        comment(postId, "nt1_b", null);
        react(postId, "nt1_b");

        assertThat(groups("nt1_a")).containsExactly("reaction:nt1_b", "comment:nt1_b");
        assertThat(groups("nt1_b")).isEmpty();
        assertThat(groups("nt1_cr")).isEmpty();
    }

    @Test
    void aReplyNotifiesTheCommentsAuthorAndAReactionOnACommentToo() {
        new Records(api, jwts)
                .course("ntr", "ntr_cr")
                .enroll("ntr", "ntr_a")
                .enroll("ntr", "ntr_b")
                .enroll("ntr", "ntr_c");
        String postId = post("ntr", "ntr_a", "post", null);
        Api.Response commented =
                api.post("/api/activities/" + postId + "/comments", token("ntr_b"), "{\"text\":\"first\"}");
        assertThat(commented.status()).as(commented.body()).isEqualTo(201);
        String commentId = commented.json().at("/comment/id").asString();

        Api.Response replied =
                api.post("/api/comments/" + commentId + "/replies", token("ntr_c"), "{\"text\":\"agreed\"}");
        Api.Response reacted =
                api.post("/api/comments/" + commentId + "/reactions", token("ntr_c"), "{\"type\":\"like\"}");

        assertThat(replied.status()).as(replied.body()).isEqualTo(201);
        assertThat(reacted.status()).as(reacted.body()).isEqualTo(201);
        assertThat(groups("ntr_b")).containsExactly("comment_reaction:ntr_c", "reply:ntr_c");
        assertThat(groups("ntr_a")).containsExactly("comment:ntr_b");
        assertThat(groups("ntr_c")).isEmpty();
        assertThat(stream.requests("addCommentReaction")
                        .get(0)
                        .json()
                        .get("create_notification_activity")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void theCommentsAuthorRepliesAndReactsToTheirOwnCommentAndNobodyIsNotified() {
        new Records(api, jwts).course("ntq", "ntq_cr").enroll("ntq", "ntq_a");
        String postId = post("ntq", "ntq_a", "post", null);
        String commentId = api.post("/api/activities/" + postId + "/comments", token("ntq_a"), "{\"text\":\"x\"}")
                .json()
                .at("/comment/id")
                .asString();
        stream.clearRequests();

        assertThat(api.post("/api/comments/" + commentId + "/replies", token("ntq_a"), "{\"text\":\"y\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/comments/" + commentId + "/reactions", token("ntq_a"), "{\"type\":\"like\"}")
                        .status())
                .isEqualTo(201);

        assertThat(stream.requests("addCommentReaction").get(0).json().has("create_notification_activity"))
                .isFalse();
        assertThat(writesTo("ntq_a")).isEmpty();
        assertThat(groups("ntq_a")).isEmpty();
    }

    @Test
    void aQuestionNotifiesTheCoursesCreator() {
        new Records(api, jwts).course("nt2", "nt2_cr").enroll("nt2", "nt2_a");

        post("nt2", "nt2_a", "question", null);

        assertThat(groups("nt2_cr")).containsExactly("question:nt2_a");
        assertThat(groups("nt2_a")).isEmpty();
    }

    @Test
    void aFollowOfAUserFeedNotifiesThatUser() {
        Api.Response r = api.post("/api/follows", token("nt3_b"), "{\"target\":\"user:nt3_a\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        assertThat(groups("nt3_a")).containsExactly("follow:nt3_b");
        assertThat(groups("nt3_b")).isEmpty();
    }

    @Test
    void aMentionInAPostOrACommentNotifiesTheMentionedReader() {
        new Records(api, jwts)
                .course("nt4", "nt4_cr")
                .enroll("nt4", "nt4_a")
                .enroll("nt4", "nt4_b")
                .enroll("nt4", "nt4_c");
        String postId = post("nt4", "nt4_a", "post", "[\"nt4_b\",\"nt4_a\"]");
        comment(postId, "nt4_a", "[\"nt4_c\"]");

        assertThat(groups("nt4_b")).containsExactly("mention:nt4_a");
        assertThat(groups("nt4_c")).containsExactly("mention:nt4_a");
        assertThat(groups("nt4_a")).as("the actor's own mention").isEmpty();
        JsonNode latest = notifications("nt4_c").at("/groups/0/latest/0");
        assertThat(latest.get("text").asString()).isEqualTo("nice");
        assertThat(latest.at("/custom/activityId").asString()).isEqualTo(postId);
    }

    @Test
    void theActorReactingToTheirOwnPostNotifiesNobody() {
        new Records(api, jwts).course("nt5", "nt5_cr").enroll("nt5", "nt5_a");
        String postId = post("nt5", "nt5_a", "post", null);
        stream.clearRequests();

        react(postId, "nt5_a");
        comment(postId, "nt5_a", null);

        assertThat(stream.requests("addReaction").get(0).json().has("create_notification_activity"))
                .isFalse();
        assertThat(stream.requests("addComment").get(0).json().has("create_notification_activity"))
                .isFalse();
        assertThat(groups("nt5_a")).isEmpty();
    }

    @Test
    void aRecipientWhoDroppedTheCourseOrWasRefundedReceivesNothing() {
        new Records(api, jwts)
                .course("nt6", "nt6_cr")
                .enroll("nt6", "nt6_a")
                .enroll("nt6", "nt6_b")
                .purchase("nt6_p", "nt6_buyer", "nt6_cr");
        String postId = post("nt6", "nt6_a", "post", null);
        new Records(api, jwts).drop("nt6", "nt6_a").refund("nt6_p");
        stream.clearRequests();

        react(postId, "nt6_b");
        comment(postId, "nt6_b", "[\"nt6_a\"]");
        Api.Response r = api.post(
                "/api/feeds/instructor/nt6_cr/activities",
                jwts.token("nt6_cr", "creator"),
                "{\"type\":\"announcement\",\"text\":\"news\",\"mentions\":[\"nt6_buyer\"]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        assertThat(stream.requests("addReaction").get(0).json().has("create_notification_activity"))
                .isFalse();
        assertThat(stream.requests("addComment").get(0).json().has("create_notification_activity"))
                .isFalse();
        assertThat(writesTo("nt6_a")).isEmpty();
        assertThat(writesTo("nt6_buyer")).isEmpty();
        assertThat(groups("nt6_a")).isEmpty();
        assertThat(groups("nt6_buyer")).isEmpty();
    }

    @Test
    void aMentionOfAUserOutsideTheCourseIsDroppedAndRevealsNothing() {
        new Records(api, jwts).course("nt7", "nt7_cr").enroll("nt7", "nt7_a").enroll("nt7", "nt7_b");
        stream.clearRequests();

        Api.Response outside = api.post(
                "/api/feeds/course/nt7/activities",
                token("nt7_a"),
                "{\"type\":\"post\",\"text\":\"hi\",\"mentions\":[\"nt7_outsider\",\"nt7_nobody\"]}");
        Api.Response inside = api.post(
                "/api/feeds/course/nt7/activities",
                token("nt7_a"),
                "{\"type\":\"post\",\"text\":\"hi\",\"mentions\":[\"nt7_b\"]}");

        assertThat(outside.status()).as(outside.body()).isEqualTo(201);
        assertThat(fieldNames(outside.json().get("activity")))
                .isEqualTo(fieldNames(inside.json().get("activity")));
        assertThat(outside.body()).doesNotContain("nt7_outsider").doesNotContain("nt7_nobody");
        assertThat(writesTo("nt7_outsider")).isEmpty();
        assertThat(writesTo("nt7_nobody")).isEmpty();
        assertThat(status("nt7_outsider").get("unread").asInt()).isZero();
        assertThat(groups("nt7_b")).containsExactly("mention:nt7_a");
    }

    @Test
    void threeReactionsByThreeUsersOnOnePostTheSameDayAreOneGroup() {
        new Records(api, jwts)
                .course("nt8", "nt8_cr")
                .enroll("nt8", "nt8_a")
                .enroll("nt8", "nt8_b")
                .enroll("nt8", "nt8_c")
                .enroll("nt8", "nt8_d");
        String postId = post("nt8", "nt8_a", "post", null);

        react(postId, "nt8_b");
        react(postId, "nt8_c");
        react(postId, "nt8_d");

        JsonNode page = notifications("nt8_a");
        assertThat(page.get("groups")).hasSize(1);
        JsonNode group = page.at("/groups/0");
        assertThat(group.get("type").asString()).isEqualTo("reaction");
        assertThat(group.get("activityCount").asInt()).isEqualTo(3);
        assertThat(group.get("actorCount").asInt()).isEqualTo(3);
        assertThat(group.get("actors"))
                .extracting(actor -> actor.get("id").asString())
                .containsExactly("nt8_d", "nt8_c", "nt8_b");
        assertThat(group.get("latest")).hasSize(3);
        assertThat(group.get("isRead").asBoolean()).isFalse();
        assertThat(group.get("isSeen").asBoolean()).isFalse();
        assertThat(group.get("updatedAt").isNull()).isFalse();
        assertThat(page.get("unread").asInt()).isEqualTo(1);
        assertThat(page.get("unseen").asInt()).isEqualTo(1);
        assertThat(page.get("next").isNull()).isTrue();
    }

    @Test
    void unreadAndUnseenFallAfterMarkingOneGroupAndThenAll() {
        new Records(api, jwts).course("nt9", "nt9_cr").enroll("nt9", "nt9_a").enroll("nt9", "nt9_b");
        String postId = post("nt9", "nt9_a", "post", null);
        comment(postId, "nt9_b", null);
        react(postId, "nt9_b");
        api.post("/api/follows", token("nt9_b"), "{\"target\":\"user:nt9_a\"}");
        JsonNode page = notifications("nt9_a");
        assertThat(page.get("unread").asInt()).isEqualTo(3);
        String newest = page.at("/groups/0/id").asString();

        JsonNode afterRead = mark("nt9_a", "read", "{\"ids\":[\"" + newest + "\"]}");
        JsonNode afterSeen = mark("nt9_a", "seen", "{\"ids\":[\"" + newest + "\"]}");

        assertThat(afterRead.get("unread").asInt()).isEqualTo(2);
        assertThat(afterRead.get("unseen").asInt()).isEqualTo(3);
        assertThat(afterSeen.get("unseen").asInt()).isEqualTo(2);
        JsonNode marked = notifications("nt9_a").at("/groups/0");
        assertThat(marked.get("isRead").asBoolean()).isTrue();
        assertThat(marked.get("isSeen").asBoolean()).isTrue();
        assertThat(notifications("nt9_a").at("/groups/1/isRead").asBoolean()).isFalse();

        assertThat(mark("nt9_a", "seen", "{\"all\":true}").get("unseen").asInt())
                .isZero();
        JsonNode allRead = mark("nt9_a", "read", "{\"all\":true}");
        assertThat(allRead.get("unread").asInt()).isZero();
        assertThat(status("nt9_a").get("unread").asInt()).isZero();
        assertThat(notifications("nt9_a").get("groups"))
                .allSatisfy(group -> assertThat(group.get("isRead").asBoolean()).isTrue());
    }

    @Test
    void pagesThroughTheGroupsNewestFirst() {
        new Records(api, jwts)
                .course("nt12", "nt12_cr")
                .enroll("nt12", "nt12_a")
                .enroll("nt12", "nt12_b");
        String postId = post("nt12", "nt12_a", "post", null);
        comment(postId, "nt12_b", null);
        react(postId, "nt12_b");

        Api.Response first = api.get("/api/notifications?limit=1", token("nt12_a"));
        String next = first.json().get("next").asString();
        Api.Response second = api.get(
                "/api/notifications?limit=1&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), token("nt12_a"));

        assertThat(first.json().at("/groups/0/type").asString()).isEqualTo("reaction");
        assertThat(first.json().get("unread").asInt()).isEqualTo(2);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().at("/groups/0/type").asString()).isEqualTo("comment");
        assertThat(second.json().get("groups")).hasSize(1);
        assertThat(second.json().get("next").isNull()).isTrue();
    }

    @Test
    void aSecondBadgePollIsServedWithoutStreamUntilAMarkOrANotification() {
        new Records(api, jwts)
                .course("nt10", "nt10_cr")
                .enroll("nt10", "nt10_a")
                .enroll("nt10", "nt10_b");
        String postId = post("nt10", "nt10_a", "post", null);
        stream.clearRequests();

        assertThat(status("nt10_a").get("unread").asInt()).isZero();
        assertThat(stream.requests()).hasSize(1);
        stream.clearRequests();
        assertThat(status("nt10_a").get("unread").asInt()).isZero();
        assertThat(stream.requests()).as("a poll within the badge's lifetime").isEmpty();

        react(postId, "nt10_b");
        assertThat(status("nt10_a").get("unread").asInt())
                .as("a notification Stream wrote")
                .isEqualTo(1);

        comment(postId, "nt10_b", null);
        post("nt10", "nt10_b", "post", "[\"nt10_a\"]");
        assertThat(status("nt10_a").get("unread").asInt())
                .as("one the gateway wrote")
                .isEqualTo(3);

        mark("nt10_a", "read", "{\"all\":true}");
        stream.clearRequests();
        assertThat(status("nt10_a").get("unread").asInt()).isZero();
        assertThat(stream.requests()).as("the mark's own counts are kept").isEmpty();
    }

    @Test
    void refusesBadMarksAndLimitsWithoutCallingStream() {
        List<String> bodies = List.of(
                "{}",
                "{\"all\":false}",
                "{\"ids\":[]}",
                "{\"ids\":[\"reaction-2026-12-07\"],\"all\":true}",
                "{\"ids\":[\"bad id!\"]}",
                "{\"ids\":[null]}");
        for (String body : bodies) {
            for (String what : List.of("read", "seen")) {
                Api.Response r = api.post("/api/notifications/" + what, token("nt11_a"), body);
                assertThat(r.status()).as(what + " " + body).isEqualTo(400);
                assertThat(r.json().get("code").asString()).isEqualTo("validation_failed");
            }
        }
        for (String query : List.of("?limit=0", "?limit=101", "?limit=x", "?next=%20bad", "?next=bm90LW91cnM")) {
            Api.Response r = api.get("/api/notifications" + query, token("nt11_a"));
            assertThat(r.status()).as(query).isEqualTo(400);
        }
        Api.Response tooMany = api.post(
                "/api/feeds/course/nt11/activities",
                token("nt11_a"),
                "{\"type\":\"post\",\"text\":\"x\",\"mentions\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"]}");
        assertThat(tooMany.status()).isEqualTo(400);
        Api.Response badId = api.post(
                "/api/feeds/course/nt11/activities",
                token("nt11_a"),
                "{\"type\":\"post\",\"text\":\"x\",\"mentions\":[\"not valid\"]}");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(stream.requests()).isEmpty();
    }

    @Test
    void openApiDescribesTheNotificationEndpointsWithTheirSchemas() {
        JsonNode doc = api.get("/v3/api-docs", null).json();

        assertThat(doc.at("/paths/~1api~1notifications/get").isMissingNode()).isFalse();
        assertThat(doc.at("/paths/~1api~1notifications~1status/get").isMissingNode())
                .isFalse();
        assertThat(doc.at("/paths/~1api~1notifications~1read/post").isMissingNode())
                .isFalse();
        assertThat(doc.at("/paths/~1api~1notifications~1seen/post").isMissingNode())
                .isFalse();
        JsonNode schemas = doc.at("/components/schemas");
        assertThat(fieldNames(schemas.at("/NotificationGroup/properties")))
                .containsExactlyInAnyOrder(
                        "id",
                        "type",
                        "activityCount",
                        "actorCount",
                        "actors",
                        "latest",
                        "isRead",
                        "isSeen",
                        "updatedAt");
        assertThat(fieldNames(schemas.at("/NotificationsPage/properties")))
                .containsExactlyInAnyOrder("groups", "unread", "unseen", "next");
        assertThat(fieldNames(schemas.at("/NotificationStatus/properties")))
                .containsExactlyInAnyOrder("unread", "unseen");
        assertThat(fieldNames(schemas.at("/Marks/properties"))).containsExactlyInAnyOrder("ids", "all");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>(node.propertyNames());
        names.sort(String::compareTo);
        return names;
    }
}
