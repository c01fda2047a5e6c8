package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;

import io.getstream.exceptions.StreamException;
import io.getstream.models.UpdateAppRequest;
import io.getstream.models.UpdateUserPartialRequest;
import io.getstream.models.UpdateUsersPartialRequest;
import io.getstream.models.UpdateUsersRequest;
import io.getstream.models.UserRequest;
import io.getstream.services.framework.TokenBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeStreamUserTokenTest extends FakeStreamTestSupport {

    @BeforeEach
    void users() throws StreamException {
        client.updateUsers(UpdateUsersRequest.builder()
                        .users(Map.of(
                                "alice", UserRequest.builder().id("alice").build(),
                                "bob", UserRequest.builder().id("bob").build()))
                        .build())
                .execute();
    }

    private String token(String userId) {
        return client.tokenBuilder().createToken(userId, 3600);
    }

    private void revokeUser(String userId, Instant before) throws StreamException {
        client.updateUsersPartial(UpdateUsersPartialRequest.builder()
                        .users(List.of(UpdateUserPartialRequest.builder()
                                .id(userId)
                                .set(Map.of("revoke_tokens_issued_before", Date.from(before)))
                                .build()))
                        .build())
                .execute();
    }

    private HttpResponse<String> readFeed(String fid, String userToken) throws Exception {
        String path = "/api/v2/feeds/feed_groups/" + fid.replace(":", "/feeds/");
        return RawHttp.send(fake, "POST", path, userToken, "{}");
    }

    @Test
    void acceptsAValidTokenAndRefusesForeignExpiredOrServerTokens() {
        assertThat(fake.acceptsUserToken(token("alice"))).isTrue();
        assertThat(fake.acceptsUserToken(
                        TokenBuilder.createToken("some-other-secret-of-32-bytes-or-more", "alice", 60)))
                .isFalse();
        assertThat(fake.acceptsUserToken(client.tokenBuilder().createToken("alice", -60)))
                .isFalse();
        assertThat(fake.acceptsUserToken(RawHttp.serverToken(API_SECRET))).isFalse();
        assertThat(fake.acceptsUserToken("not-a-jwt")).isFalse();
    }

    @Test
    void refusesTokensIssuedBeforeTheUsersRevocationOnly() throws StreamException {
        String aliceToken = token("alice");
        String bobToken = token("bob");

        revokeUser("alice", Instant.now());

        assertThat(fake.acceptsUserToken(aliceToken)).isFalse();
        assertThat(fake.acceptsUserToken(bobToken)).isTrue();
        revokeUser("alice", Instant.now().minusSeconds(60));
        assertThat(fake.acceptsUserToken(aliceToken)).isTrue();
    }

    @Test
    void appWideRevocationRefusesEveryEarlierTokenAndTokensWithoutIat() throws StreamException {
        String noIat = Jwts.builder()
                .claim("user_id", "bob")
                .signWith(Keys.hmacShaKeyFor(API_SECRET.getBytes(StandardCharsets.UTF_8)))
                .compact();
        assertThat(fake.acceptsUserToken(noIat)).isTrue();

        client.updateApp(UpdateAppRequest.builder()
                        .revokeTokensIssuedBefore(new Date())
                        .build())
                .execute();

        assertThat(fake.acceptsUserToken(token("alice"))).isFalse();
        assertThat(fake.acceptsUserToken(noIat)).isFalse();
    }

    @Test
    void membersOnlyFeedIsReadableByMembersAndNotByOthers() throws Exception {
        membersOnlyFeed("user", "course-1", "teacher", "alice");
        String activityId = post("teacher", "members only", "user:course-1").getId();

        HttpResponse<String> member = readFeed("user:course-1", token("alice"));
        HttpResponse<String> outsider = readFeed("user:course-1", token("bob"));
        HttpResponse<String> outsiderActivity =
                RawHttp.send(fake, "GET", "/api/v2/feeds/activities/" + activityId, token("bob"), null);

        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(Json.parseObject(member.body())
                        .get("activities")
                        .get(0)
                        .get("id")
                        .asText())
                .isEqualTo(activityId);
        assertThat(outsider.statusCode()).isEqualTo(403);
        assertThat(Json.parseObject(outsider.body()).get("code").asInt()).isEqualTo(17);
        assertThat(outsiderActivity.statusCode()).isEqualTo(403);
    }

    @Test
    void revokedMemberTokenIsRefusedWith401Code40() throws Exception {
        membersOnlyFeed("user", "course-1", "teacher", "alice");
        String aliceToken = token("alice");
        revokeUser("alice", Instant.now());

        HttpResponse<String> response = readFeed("user:course-1", aliceToken);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Json.parseObject(response.body()).get("code").asInt()).isEqualTo(40);
    }

    @Test
    void aReplacingUpsertLiftsTheUsersRevocationSoOnlyAPartialUpdateKeepsIt() throws Exception {
        String aliceToken = token("alice");
        revokeUser("alice", Instant.now().plusSeconds(1));
        client.updateUsersPartial(UpdateUsersPartialRequest.builder()
                        .users(List.of(UpdateUserPartialRequest.builder()
                                .id("alice")
                                .set(Map.of("name", "Alice"))
                                .build()))
                        .build())
                .execute();
        assertThat(fake.acceptsUserToken(aliceToken))
                .as("a partial update keeps the revocation")
                .isFalse();

        client.updateUsers(UpdateUsersRequest.builder()
                        .users(Map.of(
                                "alice",
                                UserRequest.builder().id("alice").name("Alice").build()))
                        .build())
                .execute();

        assertThat(fake.acceptsUserToken(aliceToken))
                .as("a replacing upsert cleared it")
                .isTrue();
    }

    @Test
    void appWideRevocationRefusesAClientReadWith401Code40() throws Exception {
        feed("user", "alice", "alice");
        String aliceToken = token("alice");
        fake.state().app().revokeTokensIssuedBefore(Instant.now().plusSeconds(1));

        HttpResponse<String> response = readFeed("user:alice", aliceToken);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Json.parseObject(response.body()).get("code").asInt()).isEqualTo(40);
    }
}
