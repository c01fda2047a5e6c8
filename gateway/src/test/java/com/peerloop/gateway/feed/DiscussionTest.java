package com.peerloop.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.RecordedRequest;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscussionTest extends GatewayTestBase {

    private String author;
    private String classmate;
    private String thirdStudent;
    private String outsider;

    @BeforeAll
    void records() {
        new Records(new Api(port), jwts)
                .course("dc1", "d_creator")
                .course("dc2", "d_creator2")
                .enroll("dc1", "d_author")
                .enroll("dc1", "d_classmate")
                .enroll("dc1", "d_third")
                .enroll("dc2", "d_outsider");
        author = jwts.token("d_author", "student");
        classmate = jwts.token("d_classmate", "student");
        thirdStudent = jwts.token("d_third", "student");
        outsider = jwts.token("d_outsider", "student");
    }

    @Test
    void repliesAreListedUnderTheirParentAndNotAmongTopLevelComments() {
        String activityId = post(author, "Week 1 question");
        String commentId = comment(activityId, classmate, "First thought");

        Api.Response reply = api.post("/api/comments/" + commentId + "/replies", author, "{\"text\":\"Good point\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().at("/comment/parentId").asString()).isEqualTo(commentId);
        assertThat(reply.json().at("/comment/activityId").asString()).isEqualTo(activityId);
        JsonNode replies =
                api.get("/api/comments/" + commentId + "/replies", thirdStudent).json();
        assertThat(replies.at("/comments/0/text").asString()).isEqualTo("Good point");
        assertThat(replies.get("comments")).hasSize(1);
        JsonNode comments = api.get("/api/activities/" + activityId + "/comments", thirdStudent)
                .json();
        assertThat(texts(comments)).containsExactly("First thought");
        assertThat(comments.at("/comments/0/replyCount").asInt()).isEqualTo(1);
        assertThat(comments.at("/comments/0/parentId").isNull()).isTrue();
    }

    @Test
    void commentReactionsAreCountedAndRemoved() {
        String commentId = comment(post(author, "React to comments"), author, "Like this");

        Api.Response added = api.post("/api/comments/" + commentId + "/reactions", classmate, "{\"type\":\"like\"}");

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().at("/reaction/commentId").asString()).isEqualTo(commentId);
        assertThat(stream.requests("addCommentReaction")
                        .get(0)
                        .json()
                        .get("user_id")
                        .asText())
                .isEqualTo("d_classmate");
        String activityId =
                stream.state().comments().live(commentId).orElseThrow().objectId();
        assertThat(api.get("/api/activities/" + activityId + "/comments", author)
                        .json()
                        .at("/comments/0/reactionCounts/like")
                        .asInt())
                .isEqualTo(1);

        Api.Response removed = api.delete("/api/comments/" + commentId + "/reactions/like", classmate);

        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(api.get("/api/activities/" + activityId + "/comments", author)
                        .json()
                        .at("/comments/0/reactionCounts/like")
                        .isMissingNode())
                .isTrue();
    }

    @Test
    void topSortsByReactionsNewestAndOldestByTime() {
        String activityId = post(author, "Sort me");
        comment(activityId, author, "quiet");
        String loud = comment(activityId, author, "loud");
        String middle = comment(activityId, author, "middle");
        react(loud, classmate);
        react(loud, thirdStudent);
        react(middle, classmate);
        String path = "/api/activities/" + activityId + "/comments";

        assertThat(texts(api.get(path + "?sort=top", author).json())).containsExactly("loud", "middle", "quiet");
        assertThat(texts(api.get(path + "?sort=newest", author).json())).containsExactly("middle", "loud", "quiet");
        assertThat(texts(api.get(path, author).json())).containsExactly("middle", "loud", "quiet");
        assertThat(texts(api.get(path + "?sort=oldest", author).json())).containsExactly("quiet", "loud", "middle");
    }

    @Test
    void unknownSortIsRefusedWithoutAskingStream() {
        String activityId = post(author, "Bad sort");
        stream.clearRequests();

        Api.Response response = api.get("/api/activities/" + activityId + "/comments?sort=loudest", author);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("validation_failed");
        assertThat(stream.requests()).isEmpty();
    }

    @Test
    void authorEditsAnActivityAndEveryReaderSeesTheNewText() {
        String activityId = post(author, "Draft text");
        assertThat(api.get("/api/feeds/course/dc1/activities", classmate).body())
                .contains("Draft text");

        Api.Response edited = patch(
                "/api/activities/" + activityId,
                author,
                "{\"text\":\"Final text\",\"custom\":{\"topic\":\"java\"},\"attachments\":[\"https://a.test/x\"]}");

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().at("/activity/text").asString()).isEqualTo("Final text");
        assertThat(edited.json().at("/activity/editedAt").isNull()).isFalse();
        assertThat(edited.json().at("/activity/custom/topic").asString()).isEqualTo("java");
        assertThat(edited.json().at("/activity/custom").size()).isEqualTo(1);
        assertThat(edited.json().at("/activity/attachments/0").asString()).isEqualTo("https://a.test/x");
        JsonNode read = api.get("/api/activities/" + activityId, classmate).json();
        assertThat(read.at("/activity/text").asString()).isEqualTo("Final text");
        assertThat(read.at("/activity/editedAt").isNull()).isFalse();
        assertThat(api.get("/api/feeds/course/dc1/activities", classmate).body())
                .contains("Final text")
                .doesNotContain("Draft text");
    }

    @Test
    void anUneditedActivityHasNoEditTimeWhateverItsCustomDataSays() {
        Api.Response posted = api.post(
                "/api/feeds/course/dc1/activities",
                author,
                "{\"type\":\"post\",\"text\":\"Never edited\",\"custom\":{\"peerloop_edited_at\":\"2020-01-01T00:00:00Z\"}}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);

        JsonNode read = api.get(
                        "/api/activities/" + posted.json().at("/activity/id").asString(), author)
                .json();

        assertThat(read.at("/activity/editedAt").isNull()).isTrue();
        assertThat(read.at("/activity/custom").isEmpty()).isTrue();
    }

    @Test
    void authorEditsACommentAndItShowsEdited() {
        String activityId = post(author, "Comment edits");
        String commentId = comment(activityId, classmate, "teh typo");

        Api.Response edited = patch("/api/comments/" + commentId, classmate, "{\"text\":\"the typo\"}");

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().at("/comment/text").asString()).isEqualTo("the typo");
        assertThat(edited.json().at("/comment/editedAt").isNull()).isFalse();
        JsonNode listed =
                api.get("/api/activities/" + activityId + "/comments", author).json();
        assertThat(listed.at("/comments/0/text").asString()).isEqualTo("the typo");
        assertThat(listed.at("/comments/0/editedAt").isNull()).isFalse();
    }

    @Test
    void onlyTheAuthorMayEdit() {
        String activityId = post(author, "Mine");
        String commentId = comment(activityId, classmate, "Also mine");
        String creator = jwts.token("d_creator", "creator");
        stream.clearRequests();

        List<Api.Response> refused = List.of(
                patch("/api/activities/" + activityId, classmate, "{\"text\":\"hijacked\"}"),
                patch("/api/activities/" + activityId, creator, "{\"text\":\"hijacked\"}"),
                patch("/api/comments/" + commentId, author, "{\"text\":\"hijacked\"}"),
                patch("/api/comments/" + commentId, thirdStudent, "{\"text\":\"hijacked\"}"));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(403);
            assertThat(response.json().get("code").asString()).isEqualTo("not_owner");
        });
        assertStreamSawNoWrite();
        assertThat(stream.state().activities().live(activityId).orElseThrow().text())
                .isEqualTo("Mine");
    }

    @Test
    void anEditBreakingAModerationRuleIsRejected() {
        String activityId = post(author, "Clean post");
        String commentId = comment(activityId, author, "Clean comment");
        stream.clearRequests();

        Api.Response activity = patch("/api/activities/" + activityId, author, "{\"text\":\"kys\"}");
        Api.Response comment = patch("/api/comments/" + commentId, author, "{\"text\":\"kys\"}");
        Api.Response reply = api.post("/api/comments/" + commentId + "/replies", classmate, "{\"text\":\"kys\"}");

        assertThat(List.of(activity, comment, reply)).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(422);
            assertThat(response.json().get("code").asString()).isEqualTo("content_rejected");
        });
        assertStreamSawNoWrite();
    }

    @Test
    void editsOverTheCreationLimitsAreRefusedWithoutAskingStream() {
        String activityId = post(author, "Limits");
        String commentId = comment(activityId, author, "Limits too");
        String tooLong = "x".repeat(5001);
        stream.clearRequests();

        List<Api.Response> refused = new ArrayList<>(List.of(
                patch("/api/activities/" + activityId, author, "{\"text\":\"" + tooLong + "\"}"),
                patch("/api/comments/" + commentId, author, "{\"text\":\"" + tooLong + "\"}"),
                patch("/api/activities/" + activityId, author, "{\"attachments\":[\"http://plain.test\"]}"),
                patch("/api/activities/" + activityId, author, "{\"custom\":{\"blob\":\"" + "y".repeat(4100) + "\"}}"),
                patch("/api/activities/" + activityId, author, "{}"),
                patch("/api/comments/" + commentId, author, "{}")));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("code").asString()).isEqualTo("validation_failed");
        });
        assertThat(stream.requests()).isEmpty();
    }

    @Test
    void badIdsAndReactionTypesAreRefusedWithoutAskingStream() {
        String commentId = comment(post(author, "Bad input"), author, "Bad input comment");
        stream.clearRequests();

        List<Api.Response> refused = List.of(
                api.post("/api/comments/bad%20id/replies", author, "{\"text\":\"hi\"}"),
                api.get("/api/comments/" + "x".repeat(65) + "/replies", author),
                api.post("/api/comments/" + commentId + "/reactions", author, "{\"type\":\"Like!\"}"),
                api.delete("/api/comments/" + commentId + "/reactions/LIKE", author),
                patch("/api/comments/bad%20id", author, "{\"text\":\"hi\"}"),
                api.get("/api/comments/" + commentId + "/replies?limit=0", author));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("code").asString()).isEqualTo("validation_failed");
        });
        assertThat(stream.requests()).isEmpty();
    }

    @Test
    void replyMentionsAreChecked() {
        String commentId = comment(post(author, "Mentions"), author, "Who knows?");
        String eleven = String.join(",", java.util.Collections.nCopies(11, "\"d_classmate\""));
        stream.clearRequests();

        Api.Response tooMany = api.post(
                "/api/comments/" + commentId + "/replies",
                classmate,
                "{\"text\":\"hi\",\"mentions\":[" + eleven + "]}");
        Api.Response badId = api.post(
                "/api/comments/" + commentId + "/replies", classmate, "{\"text\":\"hi\",\"mentions\":[\"no way\"]}");

        assertThat(List.of(tooMany, badId)).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("code").asString()).isEqualTo("validation_failed");
        });
        assertThat(stream.requests()).isEmpty();
        Api.Response fine = api.post(
                "/api/comments/" + commentId + "/replies", classmate, "{\"text\":\"hi\",\"mentions\":[\"d_author\"]}");
        assertThat(fine.status()).as(fine.body()).isEqualTo(201);
    }

    @Test
    void aCommentOfAnUnreadableActivityDoesNotExistForTheCaller() {
        String activityId = post(author, "Course only");
        String commentId = comment(activityId, classmate, "Course only comment");
        stream.clearRequests();

        List<Api.Response> refused = List.of(
                api.post("/api/comments/" + commentId + "/replies", outsider, "{\"text\":\"hi\"}"),
                api.get("/api/comments/" + commentId + "/replies", outsider),
                api.post("/api/comments/" + commentId + "/reactions", outsider, "{\"type\":\"like\"}"),
                api.delete("/api/comments/" + commentId + "/reactions/like", outsider),
                patch("/api/comments/" + commentId, outsider, "{\"text\":\"hi\"}"),
                patch("/api/activities/" + activityId, outsider, "{\"text\":\"hi\"}"));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(404);
            assertThat(response.json().get("code").asString()).isEqualTo("not_found");
        });
        assertStreamSawNoWrite();
        assertThat(stream.state().comments().replies(commentId)).isEmpty();
        assertThat(stream.state().comments().reactions(commentId)).isEmpty();
    }

    private String post(String bearer, String text) {
        Api.Response r =
                api.post("/api/feeds/course/dc1/activities", bearer, "{\"type\":\"post\",\"text\":\"" + text + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().at("/activity/id").asString();
    }

    private String comment(String activityId, String bearer, String text) {
        Api.Response r = api.post("/api/activities/" + activityId + "/comments", bearer, "{\"text\":\"" + text + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().at("/comment/id").asString();
    }

    private void react(String commentId, String bearer) {
        Api.Response r = api.post("/api/comments/" + commentId + "/reactions", bearer, "{\"type\":\"like\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private Api.Response patch(String path, String bearer, String body) {
        return api.send(
                "PATCH", path, Map.of("Authorization", "Bearer " + bearer, "Content-Type", "application/json"), body);
    }

    private static List<String> texts(JsonNode page) {
        List<String> texts = new ArrayList<>();
        page.get("comments").forEach(comment -> texts.add(comment.get("text").asString()));
        return texts;
    }

    private void assertStreamSawNoWrite() {
        assertThat(stream.requests()).noneMatch(RecordedRequest::write);
    }
}
