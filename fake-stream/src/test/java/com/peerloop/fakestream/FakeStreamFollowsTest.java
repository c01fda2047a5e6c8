package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.getstream.exceptions.StreamException;
import io.getstream.models.FollowRequest;
import io.getstream.models.FollowResponse;
import io.getstream.models.QueryFollowsRequest;
import io.getstream.models.QueryFollowsResponse;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeStreamFollowsTest extends FakeStreamTestSupport {

    @BeforeEach
    void feedsToFollow() throws StreamException {
        feed("timeline", "alice", "alice");
        feed("timeline", "bob", "bob");
        feed("user", "teacher", "teacher");
        feed("user", "other", "other");
    }

    private FollowResponse follow(String source, String target) throws StreamException {
        return feeds.follow(
                        FollowRequest.builder().source(source).target(target).build())
                .execute()
                .getData()
                .getFollow();
    }

    private List<String> targets(QueryFollowsResponse response) {
        return response.getFollows().stream()
                .map(f -> f.getTargetFeed().getFeed())
                .toList();
    }

    @Test
    void followsAndRefusesARepeatedPlainFollowWithoutChangingIt() throws StreamException {
        FollowResponse first = follow("timeline:alice", "user:teacher");

        // unverified: Stream does not document a repeated plain follow; the fake takes the stricter reading
        assertThatThrownBy(() -> follow("timeline:alice", "user:teacher"))
                .isInstanceOfSatisfying(StreamException.class, e -> {
                    assertThat(e.getResponseData().getStatusCode()).isEqualTo(400);
                    assertThat(e.getResponseData().getCode()).isEqualTo(4);
                });

        assertThat(first.getSourceFeed().getFeed()).isEqualTo("timeline:alice");
        assertThat(first.getTargetFeed().getFeed()).isEqualTo("user:teacher");
        assertThat(first.getStatus()).isEqualTo("accepted");
        assertThat(fake.state().follows().all())
                .singleElement()
                .satisfies(f ->
                        assertThat(f.createdAt()).isEqualTo(first.getCreatedAt().toInstant()));
        assertThat(fake.requests("follow")).extracting(RecordedRequest::status).containsExactly(200, 400);
        assertThat(fake.requests("follow")).allMatch(RecordedRequest::write);
    }

    @Test
    void refusesToFollowAFeedThatDoesNotExist() {
        assertThatThrownBy(() -> follow("timeline:alice", "user:ghost"))
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(16));
        assertThat(fake.state().follows().all()).isEmpty();
    }

    @Test
    void unfollowsAndAnswers404WhenTheFollowIsMissing() throws StreamException {
        follow("timeline:alice", "user:teacher");

        FollowResponse removed = feeds.unfollow("timeline:alice", "user:teacher")
                .execute()
                .getData()
                .getFollow();

        assertThat(removed.getTargetFeed().getFeed()).isEqualTo("user:teacher");
        assertThat(fake.state().follows().exists("timeline:alice", "user:teacher"))
                .isFalse();
        assertThat(fake.requests("unfollow").get(0).path())
                .isEqualTo("/api/v2/feeds/follows/timeline:alice/user:teacher");
        assertThatThrownBy(
                        () -> feeds.unfollow("timeline:alice", "user:teacher").execute())
                .isInstanceOfSatisfying(StreamException.class, e -> {
                    assertThat(e.getResponseData().getStatusCode()).isEqualTo(404);
                    assertThat(e.getResponseData().getCode()).isEqualTo(16);
                });
    }

    @Test
    void acceptsPercentEncodedFidsInThePath() throws Exception {
        follow("timeline:alice", "user:teacher");

        HttpResponse<String> response =
                RawHttp.asServer(fake, "DELETE", "/api/v2/feeds/follows/timeline%3Aalice/user%3Ateacher", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(fake.state().follows().all()).isEmpty();
    }

    @Test
    void queriesFollowsBySourceOrTargetWithEqualityEqAndIn() throws StreamException {
        follow("timeline:alice", "user:teacher");
        follow("timeline:alice", "user:other");
        follow("timeline:bob", "user:teacher");

        QueryFollowsResponse plain = feeds.queryFollows(QueryFollowsRequest.builder()
                        .filter(Map.of("source_feed", "timeline:alice"))
                        .build())
                .execute()
                .getData();
        QueryFollowsResponse eq = feeds.queryFollows(QueryFollowsRequest.builder()
                        .filter(Map.of("target_feed", Map.of("$eq", "user:teacher")))
                        .build())
                .execute()
                .getData();
        QueryFollowsResponse in = feeds.queryFollows(QueryFollowsRequest.builder()
                        .filter(Map.of(
                                "source_feed",
                                "timeline:alice",
                                "target_feed",
                                Map.of("$in", List.of("user:other", "x:y"))))
                        .build())
                .execute()
                .getData();

        assertThat(targets(plain)).containsExactly("user:other", "user:teacher");
        assertThat(eq.getFollows())
                .extracting(f -> f.getSourceFeed().getFeed())
                .containsExactly("timeline:bob", "timeline:alice");
        assertThat(targets(in)).containsExactly("user:other");
    }

    @Test
    void pagesFollowsWithoutRepeats() throws StreamException {
        follow("timeline:alice", "user:teacher");
        follow("timeline:alice", "user:other");
        follow("timeline:bob", "user:teacher");

        QueryFollowsResponse first = feeds.queryFollows(
                        QueryFollowsRequest.builder().limit(2).build())
                .execute()
                .getData();
        QueryFollowsResponse second = feeds.queryFollows(QueryFollowsRequest.builder()
                        .limit(2)
                        .next(first.getNext())
                        .build())
                .execute()
                .getData();

        assertThat(first.getFollows()).hasSize(2);
        assertThat(second.getFollows()).hasSize(1);
        assertThat(second.getNext()).isNull();
        assertThat(second.getFollows().get(0).getSourceFeed().getFeed()).isEqualTo("timeline:alice");
        assertThat(targets(second)).containsExactly("user:teacher");
    }
}
