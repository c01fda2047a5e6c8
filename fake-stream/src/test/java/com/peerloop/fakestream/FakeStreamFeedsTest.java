package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.getstream.exceptions.StreamException;
import io.getstream.models.ActivityResponse;
import io.getstream.models.DeleteFeedResponse;
import io.getstream.models.FollowRequest;
import io.getstream.models.GetOrCreateFeedRequest;
import io.getstream.models.GetOrCreateFeedResponse;
import io.getstream.models.PagerRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FakeStreamFeedsTest extends FakeStreamTestSupport {

    @Test
    void createsAFeedOnceAndReportsWhetherItWasCreated() throws StreamException {
        GetOrCreateFeedResponse first = feed("user", "alice", "alice");
        GetOrCreateFeedResponse second = feed("user", "alice", "alice");

        assertThat(first.getCreated()).isTrue();
        assertThat(second.getCreated()).isFalse();
        assertThat(first.getFeed().getFeed()).isEqualTo("user:alice");
        assertThat(first.getFeed().getCreatedBy().getId()).isEqualTo("alice");
        assertThat(first.getFeed().getCreatedAt()).isNotNull();
        assertThat(first.getActivities()).isEmpty();
        assertThat(first.getNext()).isNull();
        assertThat(fake.state().feeds().get("user:alice"))
                .get()
                .extracting(StoredFeed::createdBy)
                .isEqualTo("alice");
        assertThat(fake.requests("getOrCreateFeed")).hasSize(2).allMatch(r -> !r.write() && r.status() == 200);
        assertThat(fake.writeCount()).isZero();
    }

    @Test
    void refusesAFeedOfAnUnknownGroupWith404Code16() {
        assertThatThrownBy(() -> feed("classroom", "c1", "alice")).isInstanceOfSatisfying(StreamException.class, e -> {
            assertThat(e.getResponseData().getStatusCode()).isEqualTo(404);
            assertThat(e.getResponseData().getCode()).isEqualTo(16);
        });
        assertThat(fake.state().feeds().all()).isEmpty();
    }

    @Test
    void createsTheUserOfAGetOrCreateWhenMissingAndNeverChangesAnExistingOne() throws StreamException {
        fake.state()
                .users()
                .put(new StoredUser(
                        "bob",
                        "Bob",
                        "https://img/bob.png",
                        "user",
                        Json.object(),
                        java.time.Instant.parse("2025-01-01T00:00:00Z"),
                        java.time.Instant.parse("2025-01-01T00:00:00Z"),
                        null));
        StoredUser bobBefore = fake.state().users().get("bob").orElseThrow();

        feed("user", "alice", "alice");
        feed("timeline", "bob", "bob");
        feed("user", "alice", "carol");

        assertThat(fake.state().users().get("alice"))
                .get()
                .extracting(StoredUser::id)
                .isEqualTo("alice");
        assertThat(fake.state().users().get("carol"))
                .as("also when the feed exists")
                .isPresent();
        assertThat(fake.state().users().get("bob")).contains(bobBefore);
        assertThat(fake.requests()).noneMatch(r -> r.operation().equals("upsertUsers"));
    }

    @Test
    void aNewFeedTakesItsGroupsDefaultVisibilityAndKeepsItWhenTheGroupChanges() throws StreamException {
        feeds.createFeedGroup(io.getstream.models.CreateFeedGroupRequest.builder()
                        .id("club")
                        .defaultVisibility("members")
                        .build())
                .execute();
        feed("club", "early", "owner");

        feeds.updateFeedGroup(
                        "club",
                        io.getstream.models.UpdateFeedGroupRequest.builder()
                                .defaultVisibility("visible")
                                .build())
                .execute();
        GetOrCreateFeedResponse early = feed("club", "early", "owner");
        GetOrCreateFeedResponse late = feed("club", "late", "owner");

        assertThat(fake.state().feeds().get("club:early").orElseThrow().visibility())
                .isEqualTo("members");
        assertThat(early.getFeed().getVisibility()).isEqualTo("members");
        assertThat(late.getFeed().getVisibility()).isEqualTo("visible");
    }

    @Test
    void refusesAFeedVisibilityStreamDoesNotHave() {
        assertThatThrownBy(() -> feeds.getOrCreateFeed(
                                "user",
                                "x",
                                GetOrCreateFeedRequest.builder()
                                        .userID("x")
                                        .data(io.getstream.models.FeedInput.builder()
                                                .visibility("secret")
                                                .build())
                                        .build())
                        .execute())
                .isInstanceOfSatisfying(StreamException.class, e -> {
                    assertThat(e.getResponseData().getCode()).isEqualTo(4);
                    assertThat(e.getResponseData().getExceptionFields()).containsKey("data.visibility");
                });
        assertThat(fake.state().feeds().get("user:x")).isEmpty();
        assertThat(fake.state().users().get("x")).isEmpty();
    }

    @Test
    void refusesInitialMembersStreamDoesNotKnowAndCreatesNothing() {
        assertThatThrownBy(() -> membersOnlyFeed("user", "course-2", "teacher", "nobody"))
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(4));
        assertThat(fake.state().feeds().get("user:course-2")).isEmpty();
        assertThat(fake.state().users().get("teacher")).isEmpty();
    }

    @Test
    void keepsVisibilityAndInitialMembersFromData() throws StreamException {
        knownUsers("student-1", "student-2");
        GetOrCreateFeedResponse created = membersOnlyFeed("user", "course-1", "teacher", "student-1", "student-2");

        assertThat(created.getFeed().getVisibility()).isEqualTo("members");
        assertThat(created.getFeed().getMemberCount()).isEqualTo(2);
        assertThat(created.getMembers()).extracting(m -> m.getUser().getId()).containsExactly("student-1", "student-2");
        assertThat(fake.state().feeds().members("user:course-1"))
                .extracting(StoredMember::userId)
                .containsExactly("student-1", "student-2");
    }

    @Test
    void answersAsManyFollowersFollowingsAndMembersAsEachPaginationAsks() throws StreamException {
        knownUsers("m1", "m2", "m3");
        feeds.getOrCreateFeed(
                        "user",
                        "club",
                        GetOrCreateFeedRequest.builder()
                                .userID("owner")
                                .data(io.getstream.models.FeedInput.builder()
                                        .visibility("visible")
                                        .members(List.of("m1", "m2", "m3").stream()
                                                .map(m -> io.getstream.models.FeedMemberRequest.builder()
                                                        .userID(m)
                                                        .build())
                                                .toList())
                                        .build())
                                .build())
                .execute();
        for (String reader : List.of("r1", "r2", "r3")) {
            feed("timeline", reader, reader);
            feeds.follow(FollowRequest.builder()
                            .source("timeline:" + reader)
                            .target("user:club")
                            .build())
                    .execute();
        }

        GetOrCreateFeedResponse all = feed("user", "club", "owner");
        GetOrCreateFeedResponse fewest = feeds.getOrCreateFeed(
                        "user",
                        "club",
                        GetOrCreateFeedRequest.builder()
                                .userID("owner")
                                .followersPagination(
                                        PagerRequest.builder().limit(1).build())
                                .followingPagination(
                                        PagerRequest.builder().limit(1).build())
                                .memberPagination(
                                        PagerRequest.builder().limit(2).build())
                                .build())
                .execute()
                .getData();

        assertThat(all.getFollowers()).hasSize(3);
        assertThat(all.getMembers()).hasSize(3);
        assertThat(fewest.getFollowers())
                .extracting(f -> f.getSourceFeed().getFeed())
                .containsExactly("timeline:r1");
        assertThat(fewest.getMembers()).extracting(m -> m.getUser().getId()).containsExactly("m1", "m2");
        assertThat(fewest.getFollowing()).isEmpty();
        assertThat(fewest.getFeed().getFollowerCount()).isEqualTo(3);
    }

    @Test
    void pagesFortyFiveActivitiesAsTwentyTwentyFiveNewestFirstWithoutDuplicates() throws StreamException {
        feed("user", "alice", "alice");
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            posted.add(post("alice", "post " + i, "user:alice").getId());
        }

        List<List<ActivityResponse>> pages = new ArrayList<>();
        String next = null;
        do {
            GetOrCreateFeedResponse page = feeds.getOrCreateFeed(
                            "user",
                            "alice",
                            GetOrCreateFeedRequest.builder()
                                    .userID("alice")
                                    .limit(20)
                                    .next(next)
                                    .build())
                    .execute()
                    .getData();
            pages.add(page.getActivities());
            next = page.getNext();
            if (pages.size() == 1) {
                post("alice", "arrives between pages", "user:alice");
            }
        } while (next != null && pages.size() < 10);

        assertThat(pages).extracting(List::size).containsExactly(20, 20, 5);
        List<String> seen = pages.stream()
                .flatMap(List::stream)
                .map(ActivityResponse::getId)
                .toList();
        Set<String> unique = new HashSet<>(seen);
        assertThat(unique).hasSize(45);
        List<String> newestFirst = new ArrayList<>(posted);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void timelineShowsActivitiesOfFollowedFeedsButUserFeedShowsOnlyItsOwn() throws StreamException {
        feed("timeline", "alice", "alice");
        feed("user", "alice", "alice");
        feed("user", "bob", "bob");
        feed("user", "carol", "carol");
        feeds.follow(FollowRequest.builder()
                        .source("timeline:alice")
                        .target("user:bob")
                        .build())
                .execute();
        post("bob", "from bob", "user:bob");
        post("carol", "from carol (not followed)", "user:carol");
        post("alice", "own post", "user:alice");
        post("bob", "cross-posted", "user:bob", "user:carol");

        List<String> timeline = feed("timeline", "alice", "alice").getActivities().stream()
                .map(ActivityResponse::getText)
                .toList();
        List<String> userFeed = feed("user", "bob", "bob").getActivities().stream()
                .map(ActivityResponse::getText)
                .toList();

        assertThat(timeline).containsExactly("cross-posted", "from bob");
        assertThat(userFeed).containsExactly("cross-posted", "from bob");
    }

    @Test
    void deletesAFeedWithItsMembersFollowsAndOrphanedActivities() throws StreamException {
        knownUsers("m1");
        membersOnlyFeed("user", "gone", "owner", "m1");
        feed("timeline", "m1", "m1");
        feeds.follow(FollowRequest.builder()
                        .source("timeline:m1")
                        .target("user:gone")
                        .build())
                .execute();
        String orphan = post("owner", "only here", "user:gone").getId();

        DeleteFeedResponse deleted = feeds.deleteFeed("user", "gone").execute().getData();

        assertThat(deleted.getTaskID()).isNotBlank();
        assertThat(fake.state().feeds().get("user:gone")).isEmpty();
        assertThat(fake.state().feeds().members("user:gone")).isEmpty();
        assertThat(fake.state().follows().all()).isEmpty();
        assertThat(fake.state().activities().get(orphan)).isEmpty();
        assertThat(fake.requests("deleteFeed")).singleElement().matches(RecordedRequest::write);
        assertThatThrownBy(() -> feeds.deleteFeed("user", "gone").execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getStatusCode()).isEqualTo(404));
    }
}
