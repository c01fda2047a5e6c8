package com.peerloop.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.ExpectStreamRefusals;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityRulesTest extends GatewayTestBase {

    @BeforeAll
    void records() {
        new Records(new Api(port), jwts)
                .course("ca", "a_creator")
                .course("cb", "b_creator")
                .teacher("ca", "a_teacher")
                .enroll("ca", "a_student")
                .enroll("ca", "a_student2")
                .enroll("ca", "a_student3")
                .enroll("cb", "b_student");
    }

    private String post(String feedPath, String userId, String... roles) {
        Api.Response r = api.post(
                "/api/feeds/" + feedPath + "/activities",
                jwts.token(userId, roles),
                "{\"type\":\"post\",\"text\":\"by " + userId + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().at("/activity/id").asString();
    }

    private String comment(String activityId, String userId) {
        Api.Response r = api.post(
                "/api/activities/" + activityId + "/comments",
                jwts.token(userId, "student"),
                "{\"text\":\"by " + userId + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().at("/comment/id").asString();
    }

    private void assertStreamSawNoWrite() {
        assertThat(stream.requests().stream().filter(r -> r.write()).toList()).isEmpty();
    }

    @Test
    void studentOfAnotherCourseCannotSeeOrTouchTheActivity() {
        String id = post("course/ca", "a_student", "student");
        String outsider = jwts.token("b_student", "student");
        stream.clearRequests();

        assertThat(api.get("/api/activities/" + id, outsider).status()).isEqualTo(404);
        assertThat(api.delete("/api/activities/" + id, outsider).status()).isEqualTo(404);
        assertThat(api.post("/api/activities/" + id + "/reactions", outsider, "{\"type\":\"like\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/activities/" + id + "/comments", outsider, "{\"text\":\"hi\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/activities/" + id + "/comments", outsider).status())
                .isEqualTo(404);

        assertStreamSawNoWrite();
        assertThat(stream.state().activities().live(id)).isPresent();
    }

    @Test
    void anotherStudentOfTheSameCourseMayReadButNotDelete() {
        String id = post("course/ca", "a_student", "student");
        String classmate = jwts.token("a_student2", "student");

        assertThat(api.get("/api/activities/" + id, classmate).status()).isEqualTo(200);
        stream.clearRequests();
        Api.Response refused = api.delete("/api/activities/" + id, classmate);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("not_owner");
        assertStreamSawNoWrite();
    }

    @Test
    @ExpectStreamRefusals("getActivity") // reads of an activity that is not (or no longer) at Stream
    void authorCreatorTeacherAndAdminMayDelete() {
        String[][] deleters = {
            {"a_student", "student"}, {"a_creator", "creator"}, {"a_teacher", "teacher"}, {"an_admin", "admin"}
        };
        for (String[] deleter : deleters) {
            String id = post("course/ca", "a_student", "student");

            Api.Response response = api.delete("/api/activities/" + id, jwts.token(deleter[0], deleter[1]));

            assertThat(response.status()).as(deleter[0]).isEqualTo(204);
            assertThat(api.get("/api/activities/" + id, jwts.token("a_student", "student"))
                            .status())
                    .isEqualTo(404);
        }
    }

    @Test
    void reactionsAndCommentsWorkForReaders() {
        String id = post("course/ca", "a_student", "student");
        String classmate = jwts.token("a_student2", "student");

        assertThat(api.post("/api/activities/" + id + "/reactions", classmate, "{\"type\":\"like\"}")
                        .status())
                .isEqualTo(201);
        Api.Response comment = api.post("/api/activities/" + id + "/comments", classmate, "{\"text\":\"Nice\"}");
        assertThat(comment.status()).isEqualTo(201);
        assertThat(comment.json().at("/comment/actor/id").asString()).isEqualTo("a_student2");

        Api.Response activity = api.get("/api/activities/" + id, classmate);
        assertThat(activity.json().at("/activity/reactionCounts/like").asInt()).isEqualTo(1);
        assertThat(activity.json().at("/activity/commentCount").asInt()).isEqualTo(1);
        Api.Response comments = api.get("/api/activities/" + id + "/comments", classmate);
        assertThat(comments.json().at("/comments/0/text").asString()).isEqualTo("Nice");

        assertThat(api.delete("/api/activities/" + id + "/reactions/like", classmate)
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/activities/" + id, classmate)
                        .json()
                        .at("/activity/reactionCounts/like")
                        .isMissingNode())
                .isTrue();
    }

    @Test
    void activitysAuthorMayDeleteAnotherUsersCommentOnIt() {
        String id = post("course/ca", "a_student", "student");
        String commentId = comment(id, "a_student2");

        Api.Response response = api.delete("/api/comments/" + commentId, jwts.token("a_student", "student"));

        assertThat(response.status()).as(response.body()).isEqualTo(204);
        assertThat(stream.requests("deleteComment")).hasSize(1);
        assertThat(stream.state().comments().live(commentId)).isEmpty();
        assertThat(api.get("/api/activities/" + id + "/comments", jwts.token("a_student", "student"))
                        .json()
                        .get("comments"))
                .isEmpty();
    }

    @Test
    void aThirdStudentMayNotDeleteSomeoneElsesCommentOnSomeoneElsesActivity() {
        String id = post("course/ca", "a_student", "student");
        String commentId = comment(id, "a_student2");
        stream.clearRequests();

        Api.Response refused = api.delete("/api/comments/" + commentId, jwts.token("a_student3", "student"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("not_owner");
        assertStreamSawNoWrite();
        assertThat(stream.state().comments().live(commentId)).isPresent();
    }

    @Test
    void studentOfAnotherCourseCannotFindTheComment() {
        String commentId = comment(post("course/ca", "a_student", "student"), "a_student2");
        stream.clearRequests();

        assertThat(api.delete("/api/comments/" + commentId, jwts.token("b_student", "student"))
                        .status())
                .isEqualTo(404);
        assertStreamSawNoWrite();
        assertThat(stream.state().comments().live(commentId)).isPresent();
    }

    @Test
    void commentsAuthorCreatorTeacherAndAdminMayDeleteAComment() {
        String[][] deleters = {
            {"a_student2", "student"}, {"a_creator", "creator"}, {"a_teacher", "teacher"}, {"an_admin", "admin"}
        };
        for (String[] deleter : deleters) {
            String commentId = comment(post("course/ca", "a_student", "student"), "a_student2");

            Api.Response response = api.delete("/api/comments/" + commentId, jwts.token(deleter[0], deleter[1]));

            assertThat(response.status()).as(deleter[0]).isEqualTo(204);
            assertThat(stream.state().comments().live(commentId)).as(deleter[0]).isEmpty();
        }
    }

    @Test
    void authorIsAlwaysTheCallerWhateverTheBodySays() {
        Api.Response r = api.post(
                "/api/feeds/course/ca/activities",
                jwts.token("a_student", "student"),
                "{\"type\":\"post\",\"text\":\"hi\",\"actor\":{\"id\":\"a_creator\"},\"user_id\":\"a_creator\"}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().at("/activity/actor/id").asString()).isEqualTo("a_student");
        assertThat(stream.requests("addActivity").get(0).json().get("user_id").asText())
                .isEqualTo("a_student");
    }

    @Test
    void questionInACourseAlsoReachesTheCreatorsNotifications() {
        Api.Response r = api.post(
                "/api/feeds/course/ca/activities",
                jwts.token("a_student", "student"),
                "{\"type\":\"question\",\"text\":\"How do I start?\"}");

        assertThat(r.status()).isEqualTo(201);
        Api.Response notifications =
                api.get("/api/feeds/notification/a_creator/activities", jwts.token("a_creator", "creator"));
        assertThat(notifications.json().get("activities").toString()).contains("How do I start?");
    }

    @Test
    void usersFollowOtherUsersButNotCoursesThroughTheApi() {
        String me = jwts.token("a_student", "student");

        Api.Response follow = api.post("/api/follows", me, "{\"target\":\"user:b_student\"}");
        assertThat(follow.status()).isEqualTo(201);
        assertThat(follow.json().at("/follow/source").asString()).isEqualTo("timeline:a_student");
        stream.clearRequests();
        Api.Response course = api.post("/api/follows", me, "{\"target\":\"course:cb\"}");
        assertThat(course.status()).isEqualTo(403);
        assertThat(stream.requests()).isEmpty();

        assertThat(api.delete("/api/follows/user:b_student", me).status()).isEqualTo(204);
        assertThat(api.delete("/api/follows/course:cb", me).status()).isEqualTo(403);
    }

    @Test
    void aGatedFeedIsNeverCreatedInStreamByTheStudentWhoReadsItFirst() {
        new Records(api, jwts).course("cz", "z_creator").enroll("cz", "z_student");

        assertThat(api.get("/api/feeds/course/cz/activities", jwts.token("z_student", "student"))
                        .status())
                .isEqualTo(200);

        assertThat(stream.state().feeds().get("course:cz").orElseThrow().createdBy())
                .isNotEqualTo("z_student")
                .isEqualTo("peerloop-gateway");
    }
}
