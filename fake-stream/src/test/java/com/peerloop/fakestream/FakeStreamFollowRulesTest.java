package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.getstream.exceptions.StreamException;
import io.getstream.models.FeedInput;
import io.getstream.models.FeedMemberRequest;
import io.getstream.models.FollowBatchResponse;
import io.getstream.models.FollowPair;
import io.getstream.models.FollowRequest;
import io.getstream.models.FollowResponse;
import io.getstream.models.GetOrCreateFeedRequest;
import io.getstream.models.GetOrCreateFollowsRequest;
import io.getstream.models.GetOrCreateUnfollowsRequest;
import io.getstream.models.UnfollowBatchResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may follow a feed by its visibility, and the idempotent follow and unfollow upserts. */
class FakeStreamFollowRulesTest extends FakeStreamTestSupport {

    @BeforeEach
    void timelines() throws StreamException {
        for (String user : List.of("alice", "bob", "owner")) {
            feed("timeline", user, user);
        }
    }

    private void feedWithVisibility(String fid, String visibility, String owner, String... members)
            throws StreamException {
        knownUsers(members);
        List<FeedMemberRequest> listed = Arrays.stream(members)
                .map(m -> FeedMemberRequest.builder().userID(m).build())
                .toList();
        String[] parts = fid.split(":");
        feeds.getOrCreateFeed(
                        parts[0],
                        parts[1],
                        GetOrCreateFeedRequest.builder()
                                .userID(owner)
                                .data(FeedInput.builder()
                                        .visibility(visibility)
                                        .members(listed)
                                        .build())
                                .build())
                .execute();
    }

    private FollowResponse follow(String source, String target) throws StreamException {
        return feeds.follow(
                        FollowRequest.builder().source(source).target(target).build())
                .execute()
                .getData()
                .getFollow();
    }

    private FollowBatchResponse upsert(String source, String target) throws StreamException {
        return feeds.getOrCreateFollows(GetOrCreateFollowsRequest.builder()
                        .follows(List.of(FollowRequest.builder()
                                .source(source)
                                .target(target)
                                .build()))
                        .build())
                .execute()
                .getData();
    }

    private static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String naming) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StreamException.class, e -> {
            assertThat(e.getResponseData().getStatusCode()).isEqualTo(403);
            assertThat(e.getResponseData().getCode()).isEqualTo(17);
            assertThat(e.getMessage()).contains(naming);
        });
    }

    @Test
    void onlyAMemberMayFollowAMembersFeed() throws StreamException {
        feedWithVisibility("user:club", "members", "owner", "alice");

        assertForbidden(() -> follow("timeline:bob", "user:club"), "timeline:bob");
        assertForbidden(() -> upsert("timeline:bob", "user:club"), "timeline:bob");
        // stricter reading (unverified): the creator who is not a member may not follow either
        assertForbidden(() -> follow("timeline:owner", "user:club"), "timeline:owner");
        assertThat(fake.state().follows().all()).isEmpty();

        assertThat(follow("timeline:alice", "user:club").getStatus()).isEqualTo("accepted");
    }

    @Test
    void aFollowOfAFollowersFeedIsPendingAndFeedsNothing() throws StreamException {
        feedWithVisibility("user:diary", "followers", "owner");
        feed("user", "owner", "owner");
        post("owner", "for approved followers", "user:diary");

        FollowResponse follow = follow("timeline:alice", "user:diary");

        assertThat(follow.getStatus()).isEqualTo("pending");
        assertThat(fake.state().follows().get("timeline:alice", "user:diary"))
                .get()
                .extracting(StoredFollow::status)
                .isEqualTo("pending");
        assertThat(feed("timeline", "alice", "alice").getActivities()).isEmpty();
    }

    @Test
    void onlyTheOwnerMayFollowAPrivateFeed() throws StreamException {
        feedWithVisibility("user:secret", "private", "owner");

        assertForbidden(() -> follow("timeline:alice", "user:secret"), "timeline:alice");
        assertThat(follow("timeline:owner", "user:secret").getStatus()).isEqualTo("accepted");
    }

    @Test
    void anyoneMayFollowAVisibleOrPublicFeed() throws StreamException {
        feedWithVisibility("user:open", "visible", "owner");
        feedWithVisibility("user:square", "public", "owner");

        assertThat(follow("timeline:alice", "user:open").getStatus()).isEqualTo("accepted");
        assertThat(follow("timeline:bob", "user:square").getStatus()).isEqualTo("accepted");
    }

    @Test
    void refusesAFollowWhoseSourceOwnerStreamDoesNotKnow() throws StreamException {
        Instant now = Instant.now();
        fake.state()
                .feeds()
                .put(new StoredFeed("timeline", "ghost", null, null, "visible", List.of(), null, "ghost", now, now));
        feed("user", "open", "owner");

        // unverified which error Stream answers here: the fake picks 400 / code 4
        assertThatThrownBy(() -> follow("timeline:ghost", "user:open"))
                .isInstanceOfSatisfying(StreamException.class, e -> {
                    assertThat(e.getResponseData().getStatusCode()).isEqualTo(400);
                    assertThat(e.getResponseData().getCode()).isEqualTo(4);
                });
        assertThatThrownBy(() -> upsert("timeline:ghost", "user:open")).isInstanceOf(StreamException.class);
        assertThat(fake.state().follows().all()).isEmpty();
        assertThat(fake.state().users().get("ghost")).isEmpty();
    }

    @Test
    void getOrCreateFollowsCreatesOnceAndThenAnswersTheExistingFollow() throws StreamException {
        feed("user", "open", "owner");

        FollowBatchResponse first = upsert("timeline:alice", "user:open");
        FollowBatchResponse again = upsert("timeline:alice", "user:open");

        assertThat(first.getCreated())
                .singleElement()
                .satisfies(f -> assertThat(f.getStatus()).isEqualTo("accepted"));
        assertThat(first.getFollows())
                .extracting(f -> f.getTargetFeed().getFeed())
                .containsExactly("user:open");
        assertThat(again.getCreated()).isEmpty();
        assertThat(again.getFollows())
                .singleElement()
                .satisfies(f -> assertThat(f.getCreatedAt())
                        .isEqualTo(first.getFollows().get(0).getCreatedAt()));
        assertThat(fake.state().follows().all()).hasSize(1);
        assertThat(fake.requests("getOrCreateFollows"))
                .hasSize(2)
                .allMatch(r -> r.write() && r.path().equals("/api/v2/feeds/follows/batch/upsert"));
    }

    @Test
    void getOrCreateFollowsChangesNothingWhenOnePairIsRefused() throws StreamException {
        feed("user", "open", "owner");
        feedWithVisibility("user:club", "members", "owner");

        assertThatThrownBy(() -> feeds.getOrCreateFollows(GetOrCreateFollowsRequest.builder()
                                .follows(List.of(
                                        FollowRequest.builder()
                                                .source("timeline:alice")
                                                .target("user:open")
                                                .build(),
                                        FollowRequest.builder()
                                                .source("timeline:alice")
                                                .target("user:club")
                                                .build()))
                                .build())
                        .execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(17));
        assertThat(fake.state().follows().all()).isEmpty();
    }

    @Test
    void getOrCreateUnfollowsRemovesExistingFollowsAndSkipsMissingOnes() throws StreamException {
        feed("user", "open", "owner");
        upsert("timeline:alice", "user:open");

        UnfollowBatchResponse removed = feeds.getOrCreateUnfollows(GetOrCreateUnfollowsRequest.builder()
                        .follows(List.of(
                                new FollowPair("timeline:alice", "user:open"),
                                new FollowPair("timeline:bob", "user:open")))
                        .build())
                .execute()
                .getData();
        UnfollowBatchResponse again = feeds.getOrCreateUnfollows(GetOrCreateUnfollowsRequest.builder()
                        .follows(List.of(new FollowPair("timeline:alice", "user:open")))
                        .build())
                .execute()
                .getData();

        assertThat(removed.getFollows())
                .extracting(f -> f.getSourceFeed().getFeed())
                .containsExactly("timeline:alice");
        assertThat(again.getFollows()).isEmpty();
        assertThat(fake.state().follows().all()).isEmpty();
        assertThat(fake.requests("getOrCreateUnfollows"))
                .hasSize(2)
                .allMatch(r -> r.write() && r.path().equals("/api/v2/feeds/unfollow/batch/upsert"));
    }
}
