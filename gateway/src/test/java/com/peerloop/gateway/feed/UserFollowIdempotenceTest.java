package com.peerloop.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.RecordedRequest;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import org.junit.jupiter.api.Test;

/**
 * A user's follow of another user's feed goes through Stream's idempotent follow and unfollow upserts, so a
 * repeated request succeeds whatever Stream answers to a repeated plain follow.
 */
class UserFollowIdempotenceTest extends GatewayTestBase {

    @Test
    void followingAUserTwiceSucceedsBothTimesAndLeavesOneFollow() {
        String me = jwts.token("uf_reader", "student");

        Api.Response first = api.post("/api/follows", me, "{\"target\":\"user:uf_author\"}");
        Api.Response again = api.post("/api/follows", me, "{\"target\":\"user:uf_author\"}");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(stream.state().follows().following("timeline:uf_reader"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.target()).isEqualTo("user:uf_author");
                    assertThat(f.status()).isEqualTo("accepted");
                });
        assertThat(stream.requests("getOrCreateFollows")).hasSize(2).allMatch(RecordedRequest::succeeded);
        assertThat(stream.requests("follow")).isEmpty();
        assertThat(stream.requests()).allMatch(RecordedRequest::succeeded);
    }

    @Test
    void unfollowingTwiceSucceedsBothTimes() {
        String me = jwts.token("uf_leaver", "student");
        assertThat(api.post("/api/follows", me, "{\"target\":\"user:uf_author2\"}")
                        .status())
                .isEqualTo(201);

        Api.Response first = api.delete("/api/follows/user:uf_author2", me);
        Api.Response again = api.delete("/api/follows/user:uf_author2", me);

        assertThat(first.status()).as(first.body()).isEqualTo(204);
        assertThat(again.status()).as(again.body()).isEqualTo(204);
        assertThat(stream.state().follows().exists("timeline:uf_leaver", "user:uf_author2"))
                .isFalse();
        assertThat(stream.requests("getOrCreateUnfollows")).hasSize(2).allMatch(RecordedRequest::succeeded);
        assertThat(stream.requests("unfollow")).isEmpty();
    }
}
