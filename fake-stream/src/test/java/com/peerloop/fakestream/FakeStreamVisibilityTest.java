package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;

import io.getstream.exceptions.StreamException;
import io.getstream.models.AddActivityRequest;
import io.getstream.models.AddCommentRequest;
import io.getstream.models.FeedInput;
import io.getstream.models.FeedMemberRequest;
import io.getstream.models.GetOrCreateFeedRequest;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read side of [vis] for user tokens, each level, on the routes a client reads. */
class FakeStreamVisibilityTest extends FakeStreamTestSupport {

    private String token(String userId) {
        return client.tokenBuilder().createToken(userId, 3600);
    }

    private void feedWith(String visibility, String id, String owner, List<FeedMemberRequest> members)
            throws StreamException {
        members.forEach(member -> knownUsers(member.getUserID()));
        FeedInput data =
                FeedInput.builder().visibility(visibility).members(members).build();
        feeds.getOrCreateFeed(
                        "user",
                        id,
                        GetOrCreateFeedRequest.builder()
                                .userID(owner)
                                .data(data)
                                .build())
                .execute();
    }

    private int readFeed(String fid, String userToken) throws Exception {
        return RawHttp.send(fake, "POST", "/api/v2/feeds/feed_groups/" + fid.replace(":", "/feeds/"), userToken, "{}")
                .statusCode();
    }

    private int readActivity(String id, String userToken) throws Exception {
        return RawHttp.send(fake, "GET", "/api/v2/feeds/activities/" + id, userToken, null)
                .statusCode();
    }

    private void follow(String sourceOwner, String target, String status) throws StreamException {
        feed("timeline", sourceOwner, sourceOwner);
        Instant now = Instant.now();
        fake.state()
                .follows()
                .put(new StoredFollow("timeline:" + sourceOwner, target, status, "all", null, now, now, 1));
    }

    @Test
    void visibleAndPublicFeedsAreReadByAnyone() throws Exception {
        feedWith("visible", "vis", "owner", List.of());
        feedWith("public", "pub", "owner", List.of());
        String id = post("owner", "hello", "user:vis", "user:pub").getId();

        assertThat(readFeed("user:vis", token("stranger"))).isEqualTo(200);
        assertThat(readFeed("user:pub", token("stranger"))).isEqualTo(200);
        assertThat(readActivity(id, token("stranger"))).isEqualTo(200);
    }

    @Test
    void followersFeedIsReadByApprovedFollowersOnly() throws Exception {
        feedWith("followers", "fol", "owner", List.of());
        String id = post("owner", "for followers", "user:fol").getId();
        follow("approved", "user:fol", "accepted");
        follow("asking", "user:fol", "pending");

        assertThat(readFeed("user:fol", token("approved"))).isEqualTo(200);
        assertThat(readActivity(id, token("approved"))).isEqualTo(200);
        assertThat(readFeed("user:fol", token("asking"))).isEqualTo(403);
        assertThat(readFeed("user:fol", token("stranger"))).isEqualTo(403);
        assertThat(readActivity(id, token("asking"))).isEqualTo(403);
        assertThat(readFeed("user:fol", token("owner"))).isEqualTo(200);
    }

    @Test
    void membersFeedIsReadByActiveMembersOnlyNotByPendingInvites() throws Exception {
        feedWith(
                "members",
                "mem",
                "owner",
                List.of(
                        FeedMemberRequest.builder().userID("member").build(),
                        FeedMemberRequest.builder()
                                .userID("invited")
                                .invite(true)
                                .build()));
        String id = post("owner", "members only", "user:mem").getId();

        HttpResponse<String> refused =
                RawHttp.send(fake, "POST", "/api/v2/feeds/feed_groups/user/feeds/mem", token("invited"), "{}");

        assertThat(readFeed("user:mem", token("member"))).isEqualTo(200);
        assertThat(readActivity(id, token("member"))).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Json.parseObject(refused.body()).get("code").asInt()).isEqualTo(17);
        assertThat(readFeed("user:mem", token("stranger"))).isEqualTo(403);
        assertThat(readActivity(id, token("invited"))).isEqualTo(403);
    }

    @Test
    void privateFeedIsReadByItsOwnerOnly() throws Exception {
        feedWith(
                "private",
                "priv",
                "owner",
                List.of(FeedMemberRequest.builder().userID("member").build()));
        String id = post("owner", "mine", "user:priv").getId();

        assertThat(readFeed("user:priv", token("owner"))).isEqualTo(200);
        assertThat(readActivity(id, token("owner"))).isEqualTo(200);
        assertThat(readFeed("user:priv", token("member"))).isEqualTo(403);
        assertThat(readActivity(id, token("member"))).isEqualTo(403);
    }

    @Test
    void aPrivateActivityInAVisibleFeedIsSeenByTheFeedOwnerOnly() throws Exception {
        feedWith("visible", "open", "owner", List.of());
        String id = feeds.addActivity(AddActivityRequest.builder()
                        .type("post")
                        .userID("owner")
                        .text("note to self")
                        .visibility("private")
                        .feeds(List.of("user:open"))
                        .build())
                .execute()
                .getData()
                .getActivity()
                .getId();

        HttpResponse<String> page =
                RawHttp.send(fake, "POST", "/api/v2/feeds/feed_groups/user/feeds/open", token("stranger"), "{}");

        assertThat(readActivity(id, token("owner"))).isEqualTo(200);
        assertThat(readActivity(id, token("stranger"))).isEqualTo(403);
        assertThat(Json.parseObject(page.body()).get("activities").size()).isZero();
    }

    @Test
    void commentsMembersAndQueriesFollowTheFeedsVisibility() throws Exception {
        feedWith(
                "members",
                "mem",
                "owner",
                List.of(FeedMemberRequest.builder().userID("member").build()));
        String id = post("owner", "members only", "user:mem").getId();
        String commentId = feeds.addComment(AddCommentRequest.builder()
                        .comment("hi")
                        .objectID(id)
                        .objectType("activity")
                        .userID("member")
                        .build())
                .execute()
                .getData()
                .getComment()
                .getId();
        String comments = "/api/v2/feeds/comments?object_id=" + id + "&object_type=activity";
        String query = "{\"filter\":{\"id\":\"" + id + "\"}}";

        assertThat(RawHttp.send(fake, "GET", comments, token("member"), null).statusCode())
                .isEqualTo(200);
        assertThat(RawHttp.send(fake, "GET", comments, token("stranger"), null).statusCode())
                .isEqualTo(403);
        assertThat(RawHttp.send(fake, "GET", "/api/v2/feeds/comments/" + commentId, token("stranger"), null)
                        .statusCode())
                .isEqualTo(403);
        String members = "/api/v2/feeds/feed_groups/user/feeds/mem/members/query";
        assertThat(RawHttp.send(fake, "POST", members, token("member"), "{}").statusCode())
                .isEqualTo(200);
        assertThat(RawHttp.send(fake, "POST", members, token("stranger"), "{}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> mine =
                RawHttp.send(fake, "POST", "/api/v2/feeds/activities/query", token("member"), query);
        HttpResponse<String> theirs =
                RawHttp.send(fake, "POST", "/api/v2/feeds/activities/query", token("stranger"), query);
        assertThat(Json.parseObject(mine.body()).get("activities").size()).isEqualTo(1);
        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(Json.parseObject(theirs.body()).get("activities").size()).isZero();
    }

    @Test
    void aClientCreatesOnlyItsOwnFeedAndActsOnlyAsItself() throws Exception {
        HttpResponse<String> gated =
                RawHttp.send(fake, "POST", "/api/v2/feeds/feed_groups/user/feeds/course-9", token("student"), "{}");
        HttpResponse<String> asOther = RawHttp.send(
                fake,
                "POST",
                "/api/v2/feeds/feed_groups/user/feeds/student",
                token("student"),
                "{\"user_id\":\"teacher\"}");
        HttpResponse<String> own =
                RawHttp.send(fake, "POST", "/api/v2/feeds/feed_groups/user/feeds/student", token("student"), "{}");

        assertThat(gated.statusCode()).isEqualTo(403);
        assertThat(fake.state().feeds().get("user:course-9")).isEmpty();
        assertThat(asOther.statusCode()).isEqualTo(403);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(fake.state().feeds().get("user:student").orElseThrow().createdBy())
                .isEqualTo("student");
    }

    @Test
    void refusesATokenIssuedInTheFutureOrSentWithoutTheJwtAuthType() throws Exception {
        feed("user", "alice", "alice");
        String future = Jwts.builder()
                .claim("user_id", "alice")
                .issuedAt(Date.from(Instant.now().plusSeconds(60)))
                .signWith(Keys.hmacShaKeyFor(API_SECRET.getBytes(StandardCharsets.UTF_8)))
                .compact();
        HttpResponse<String> early =
                RawHttp.send(fake, "POST", "/api/v2/feeds/feed_groups/user/feeds/alice", future, "{}");
        java.net.http.HttpRequest noAuthType = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + fake.port()
                                + "/api/v2/feeds/feed_groups/user/feeds/alice?api_key=" + API_KEY))
                .header("Authorization", token("alice"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        HttpResponse<String> untyped =
                java.net.http.HttpClient.newHttpClient().send(noAuthType, HttpResponse.BodyHandlers.ofString());

        assertThat(early.statusCode()).isEqualTo(401);
        assertThat(Json.parseObject(early.body()).get("code").asInt()).isEqualTo(42);
        assertThat(fake.acceptsUserToken(future)).isFalse();
        assertThat(untyped.statusCode()).isEqualTo(401);
        assertThat(Json.parseObject(untyped.body()).get("code").asInt()).isEqualTo(5);
        assertThat(readFeed("user:alice", token("alice"))).isEqualTo(200);
    }
}
