package com.peerloop.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.RecordedRequest;
import com.peerloop.fakestream.StoredFeed;
import com.peerloop.fakestream.StoredFollow;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.sync.SyncIntent.Action;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RecordDrivenSyncTest extends SyncTestBase {

    @Autowired
    SyncOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void enrollmentFollowsAndJoinsTheCourseFeedAndDropUndoesBoth() {
        records.course("sy1", "sy_creator").enroll("sy1", "sy_student");

        eventually(
                "follow and membership",
                () -> follows("sy_student", "course:sy1") && "feed_member".equals(role("course:sy1", "sy_student")));
        assertThat(stream.state().feeds().get("course:sy1").orElseThrow().visibility())
                .isEqualTo("members");

        records.drop("sy1", "sy_student");

        eventually(
                "follow and membership removed",
                () -> !follows("sy_student", "course:sy1") && role("course:sy1", "sy_student") == null);
    }

    @Test
    void refundKeepsAccessWhileAnotherPurchaseFromTheCreatorRemains() {
        records.purchase("syp1", "sy_buyer", "sy_seller").purchase("syp2", "sy_buyer", "sy_seller");
        eventually(
                "follow and membership",
                () -> follows("sy_buyer", "instructor:sy_seller")
                        && "feed_member".equals(role("instructor:sy_seller", "sy_buyer")));

        records.refund("syp1");
        eventually(
                "the refund's intents are done", () -> status().path("pending").asLong() == 0);

        assertThat(follows("sy_buyer", "instructor:sy_seller")).isTrue();
        assertThat(role("instructor:sy_seller", "sy_buyer")).isEqualTo("feed_member");

        records.refund("syp2");
        eventually(
                "follow and membership removed",
                () -> !follows("sy_buyer", "instructor:sy_seller") && role("instructor:sy_seller", "sy_buyer") == null);
    }

    @Test
    void teachersAndTheCreatorAreMembersAndACreatorChangeMovesOwnership() {
        records.course("sy2", "sy_old").teacher("sy2", "sy_teacher");
        eventually(
                "creator and teacher moderate the course feed, the creator also the instructor feed",
                () -> "feed_moderator".equals(role("course:sy2", "sy_old"))
                        && "feed_moderator".equals(role("instructor:sy_old", "sy_old"))
                        && "feed_moderator".equals(role("course:sy2", "sy_teacher")));
        assertThat(follows("sy_teacher", "course:sy2")).isFalse();

        records.course("sy2", "sy_new").removeTeacher("sy2", "sy_teacher");

        eventually(
                "ownership moved and teacher gone",
                () -> "feed_moderator".equals(role("course:sy2", "sy_new"))
                        && "feed_moderator".equals(role("instructor:sy_new", "sy_new"))
                        && role("course:sy2", "sy_old") == null
                        && role("instructor:sy_old", "sy_old") == null
                        && role("course:sy2", "sy_teacher") == null);
        // Stream lets a feed's creator read it whatever its members: the old creator must not be it.
        assertThat(stream.state().feeds().get("course:sy2").orElseThrow().createdBy())
                .isNotIn("sy_old", "sy_new", "sy_teacher");
    }

    @Test
    void droppingAStudentWhoAlsoTeachesKeepsTheMembershipButNotTheFollow() {
        records.course("sy3", "sy_creator").enroll("sy3", "sy_both").teacher("sy3", "sy_both");
        eventually(
                "follow and membership",
                () -> follows("sy_both", "course:sy3") && role("course:sy3", "sy_both") != null);

        records.drop("sy3", "sy_both");

        eventually("follow removed", () -> !follows("sy_both", "course:sy3"));
        eventually("the drop's intents are done", () -> status().path("pending").asLong() == 0);
        assertThat(role("course:sy3", "sy_both")).isEqualTo("feed_moderator");
    }

    @Test
    void quickEnrollDropEnrollEndsFollowing() {
        records.course("sy4", "sy_creator")
                .enroll("sy4", "sy_flip")
                .drop("sy4", "sy_flip")
                .enroll("sy4", "sy_flip");

        eventually("all intents done", () -> status().path("pending").asLong() == 0);
        assertThat(follows("sy_flip", "course:sy4")).isTrue();
        assertThat(role("course:sy4", "sy_flip")).isEqualTo("feed_member");
    }

    @Test
    void aFollowWhoseMembershipIntentWasSkippedStillMakesTheStudentAMember() {
        records.course("sy9", "sy_creator9");
        eventually(
                "the course's intents are done", () -> status().path("pending").asLong() == 0);
        // the enrolment as the records hold it, with only its follow left in the outbox: its membership
        // intent was skipped while the student was, for a moment, dropped
        Instant now = Instant.now();
        jdbc.sql("insert into enrollments (course_id, user_id, status, enrolled_at, updated_at)"
                        + " values ('sy9', 'sy_skipped', 'ACTIVE', ?, ?)")
                .params(Timestamp.from(now), Timestamp.from(now))
                .update();
        outbox.add(
                List.of(new SyncIntent.New(Action.FOLLOW, "sy_skipped", new Feed(FeedGroup.COURSE, "sy9"))),
                "req-skipped",
                now);

        eventually("the follow is applied", () -> status().path("pending").asLong() == 0);
        assertThat(role("course:sy9", "sy_skipped")).isEqualTo("feed_member");
        assertThat(follows("sy_skipped", "course:sy9")).isTrue();
    }

    @Test
    void enrolmentMakesTheStudentAMemberBeforeTheTimelineFollowsTheCourse() {
        records.course("sy5", "sy_creator5");
        eventually(
                "the course's intents are done", () -> status().path("pending").asLong() == 0);
        stream.clearRequests();

        records.enroll("sy5", "sy_new_student");

        eventually(
                "all intents done",
                () -> status().path("pending").asLong() == 0 && follows("sy_new_student", "course:sy5"));
        List<RecordedRequest> requests = stream.requests();
        int member = indexOf(
                requests,
                r -> r.operation().equals("updateFeedMembers")
                        && r.succeeded()
                        && r.path().endsWith("/course/feeds/sy5/members")
                        && r.json()
                                .path("members")
                                .path(0)
                                .path("user_id")
                                .asText()
                                .equals("sy_new_student"));
        int follow = indexOf(
                requests,
                r -> r.operation().equals("getOrCreateFollows")
                        && r.succeeded()
                        && r.json()
                                .path("follows")
                                .path(0)
                                .path("source")
                                .asText()
                                .equals("timeline:sy_new_student"));
        assertThat(member).as("membership written").isNotNegative();
        assertThat(follow).as("follow written after the membership").isGreaterThan(member);
        assertThat(role("course:sy5", "sy_new_student")).isEqualTo("feed_member");
        assertThat(stream.state()
                        .follows()
                        .get("timeline:sy_new_student", "course:sy5")
                        .orElseThrow()
                        .status())
                .isEqualTo("accepted");
        assertThat(requests).allMatch(RecordedRequest::succeeded);
        assertThat(requests).noneMatch(r -> r.operation().equals("follow"));
    }

    @Test
    void usersTheSyncNamesAreCreatedByGetOrCreateOfTheirTimelineNeverByAnUpsert() {
        records.course("sy6", "sy_creator6").teacher("sy6", "sy_teacher6").purchase("syp6", "sy_buyer6", "sy_creator6");

        eventually(
                "memberships",
                () -> "feed_moderator".equals(role("course:sy6", "sy_teacher6"))
                        && "feed_moderator".equals(role("course:sy6", "sy_creator6"))
                        && "feed_moderator".equals(role("instructor:sy_creator6", "sy_creator6"))
                        && "feed_member".equals(role("instructor:sy_creator6", "sy_buyer6")));
        assertThat(stream.state().users().get("sy_teacher6")).isPresent();
        assertThat(stream.state().users().get("sy_buyer6")).isPresent();
        assertThat(stream.requests())
                .noneMatch(r ->
                        r.operation().equals("upsertUsers") || r.operation().equals("updateUsersPartial"));
        assertThat(stream.requests("getOrCreateFeed")).anySatisfy(r -> {
            assertThat(r.path()).endsWith("/timeline/feeds/sy_teacher6");
            assertThat(r.json().path("user_id").asText()).isEqualTo("sy_teacher6");
        });
    }

    @Test
    void enrolmentWhoseFollowAlreadyExistsInStreamCompletesWithoutAnError() {
        records.course("sy7", "sy_creator7");
        eventually(
                "the course's intents are done", () -> status().path("pending").asLong() == 0);
        Instant now = Instant.now();
        stream.state().users().put(com.peerloop.fakestream.StoredUser.of("sy_again", null, now));
        stream.state()
                .feeds()
                .put(new StoredFeed(
                        "timeline", "sy_again", null, null, "visible", List.of(), null, "sy_again", now, now));
        stream.state()
                .follows()
                .put(new StoredFollow(
                        "timeline:sy_again", "course:sy7", "accepted", "all", null, now, now, Long.MAX_VALUE / 4));
        stream.clearRequests();

        records.enroll("sy7", "sy_again");

        eventually(
                "all intents done",
                () -> status().path("pending").asLong() == 0 && "feed_member".equals(role("course:sy7", "sy_again")));
        assertThat(status().path("failed").asLong()).isZero();
        assertThat(stream.state().follows().following("timeline:sy_again"))
                .singleElement()
                .satisfies(f -> assertThat(f.target()).isEqualTo("course:sy7"));
        assertThat(stream.requests()).allMatch(RecordedRequest::succeeded);
    }

    private static int indexOf(List<RecordedRequest> requests, java.util.function.Predicate<RecordedRequest> match) {
        for (int i = 0; i < requests.size(); i++) {
            if (match.test(requests.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
