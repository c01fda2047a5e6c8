package com.peerloop.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.auth.Role;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.records.CourseRelation;
import com.peerloop.gateway.web.ApiProblemException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The policy on its own, with the records given as plain data. */
class AccessPolicyTest {

    /** course c1 by creator cr; s enrolled, t teaches; p bought from cr. */
    private final AccessLookups records = new AccessLookups() {
        @Override
        public Optional<CourseRelation> courseRelation(String courseId, String userId) {
            if (!courseId.equals("c1")) {
                return Optional.empty();
            }
            return Optional.of(new CourseRelation("cr", userId.equals("s"), userId.equals("t")));
        }

        @Override
        public boolean hasActivePurchase(String userId, String creatorId) {
            return Map.of("p", "cr").getOrDefault(userId, "").equals(creatorId);
        }
    };

    private final AccessPolicy policy = new AccessPolicy(records);

    private static PeerLoopUser user(String id, Role... roles) {
        return new PeerLoopUser(id, null, null, Set.of(roles), Instant.EPOCH);
    }

    private String refusal(PeerLoopUser user, String fid, AccessPolicy.Action action) {
        ApiProblemException e =
                policy.decide(user, Feed.parse(fid).orElseThrow(), action).refusal();
        return e == null ? "allowed" : e.code();
    }

    @Test
    void courseFeedIsForItsStudentsTeachersCreatorAndAdmins() {
        assertThat(refusal(user("s", Role.STUDENT), "course:c1", AccessPolicy.Action.POST))
                .isEqualTo("allowed");
        assertThat(refusal(user("t", Role.TEACHER), "course:c1", AccessPolicy.Action.READ))
                .isEqualTo("allowed");
        assertThat(refusal(user("cr", Role.CREATOR), "course:c1", AccessPolicy.Action.POST))
                .isEqualTo("allowed");
        assertThat(refusal(user("a", Role.ADMIN), "course:c1", AccessPolicy.Action.READ))
                .isEqualTo("allowed");
        assertThat(refusal(user("x", Role.STUDENT), "course:c1", AccessPolicy.Action.READ))
                .isEqualTo("not_enrolled");
    }

    @Test
    void onlyStaffModerateACourse() {
        assertThat(refusal(user("s", Role.STUDENT), "course:c1", AccessPolicy.Action.MODERATE))
                .isEqualTo("forbidden");
        assertThat(refusal(user("t", Role.TEACHER), "course:c1", AccessPolicy.Action.MODERATE))
                .isEqualTo("allowed");
    }

    @Test
    void whoMayPinIsWhoModeratesTheFeed() {
        Feed course = Feed.parse("course:c1").orElseThrow();
        Feed instructor = Feed.parse("instructor:cr").orElseThrow();
        Feed townhall = Feed.parse("townhall:main").orElseThrow();
        Feed wall = Feed.parse("user:s").orElseThrow();

        for (PeerLoopUser allowed : new PeerLoopUser[] {user("cr", Role.CREATOR), user("t", Role.TEACHER)}) {
            assertThat(policy.requireModerate(allowed, course).feed()).isEqualTo(course);
        }
        assertThat(policy.requireModerate(user("a", Role.ADMIN), townhall).feed())
                .isEqualTo(townhall);
        assertThat(policy.requireModerate(user("s", Role.STUDENT), wall).feed()).isEqualTo(wall);
        assertThatThrownBy(() -> policy.requireModerate(user("s", Role.STUDENT), course))
                .isInstanceOfSatisfying(
                        ApiProblemException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
        assertThatThrownBy(() -> policy.requireModerate(user("p", Role.STUDENT), instructor))
                .isInstanceOfSatisfying(
                        ApiProblemException.class, e -> assertThat(e.code()).isEqualTo("not_owner"));
        assertThatThrownBy(() -> policy.requireModerate(user("t", Role.TEACHER), townhall))
                .isInstanceOf(ApiProblemException.class);
        assertThatThrownBy(() -> policy.requireModerate(user("t", Role.TEACHER), wall))
                .isInstanceOf(ApiProblemException.class);
    }

    @Test
    void unknownCourseIsNotEnrolledForUsersAndNotFoundForAdmins() {
        assertThat(refusal(user("s", Role.STUDENT), "course:nope", AccessPolicy.Action.READ))
                .isEqualTo("not_enrolled");
        assertThat(refusal(user("a", Role.ADMIN), "course:nope", AccessPolicy.Action.READ))
                .isEqualTo("not_found");
    }

    @Test
    void instructorFeedIsReadByBuyersAndWrittenByItsCreator() {
        assertThat(refusal(user("p", Role.STUDENT), "instructor:cr", AccessPolicy.Action.READ))
                .isEqualTo("allowed");
        assertThat(refusal(user("p", Role.STUDENT), "instructor:cr", AccessPolicy.Action.POST))
                .isEqualTo("not_owner");
        assertThat(refusal(user("x", Role.STUDENT), "instructor:cr", AccessPolicy.Action.READ))
                .isEqualTo("not_purchased");
        assertThat(refusal(user("cr", Role.CREATOR), "instructor:cr", AccessPolicy.Action.POST))
                .isEqualTo("allowed");
    }

    @Test
    void notificationAndTimelineAreTheOwnersAndNobodyPosts() {
        assertThat(refusal(user("u"), "timeline:u", AccessPolicy.Action.READ)).isEqualTo("allowed");
        assertThat(refusal(user("v"), "notification:u", AccessPolicy.Action.READ))
                .isEqualTo("not_owner");
        assertThat(refusal(user("a", Role.ADMIN), "timeline:u", AccessPolicy.Action.READ))
                .isEqualTo("not_owner");
        assertThat(refusal(user("u"), "notification:u", AccessPolicy.Action.POST))
                .isEqualTo("forbidden");
    }

    @Test
    void townhallIsReadByAllAndPostedByAdminsOnly() {
        assertThat(refusal(user("u"), "townhall:main", AccessPolicy.Action.READ))
                .isEqualTo("allowed");
        assertThat(refusal(user("u", Role.TEACHER), "townhall:main", AccessPolicy.Action.POST))
                .isEqualTo("forbidden");
        assertThat(refusal(user("a", Role.ADMIN), "townhall:main", AccessPolicy.Action.POST))
                .isEqualTo("allowed");
        assertThat(refusal(user("u"), "townhall:other", AccessPolicy.Action.READ))
                .isEqualTo("not_found");
    }

    private String removal(PeerLoopUser user, String itemAuthor, String activityAuthor, String... fids) {
        try {
            policy.requireRemove(
                    user,
                    itemAuthor,
                    activityAuthor,
                    Arrays.stream(fids)
                            .map(fid -> Feed.parse(fid).orElseThrow())
                            .toList());
            return "allowed";
        } catch (ApiProblemException e) {
            return e.code();
        }
    }

    @Test
    void aCommentIsRemovedByItsAuthorOrWhoeverMayRemoveItsActivity() {
        assertThat(removal(user("s2", Role.STUDENT), "s2", "s", "course:c1")).isEqualTo("allowed");
        assertThat(removal(user("s", Role.STUDENT), "s2", "s", "course:c1")).isEqualTo("allowed");
        assertThat(removal(user("t", Role.TEACHER), "s2", "s", "course:c1")).isEqualTo("allowed");
        assertThat(removal(user("cr", Role.CREATOR), "s2", "s", "course:c1")).isEqualTo("allowed");
        assertThat(removal(user("a", Role.ADMIN), "s2", "s", "course:c1")).isEqualTo("allowed");
        assertThat(removal(user("cr", Role.CREATOR), "p", "cr", "instructor:cr"))
                .isEqualTo("allowed");
        assertThat(removal(user("s3", Role.STUDENT), "s2", "s", "course:c1")).isEqualTo("not_owner");
        assertThat(removal(user("p", Role.STUDENT), "x", "cr", "instructor:cr")).isEqualTo("not_owner");
    }

    @Test
    void anActivityIsRemovedByItsAuthorOrAModeratorOfOneOfItsFeeds() {
        assertThat(removal(user("s", Role.STUDENT), "s", "s", "course:c1")).isEqualTo("allowed");
        assertThat(removal(user("cr", Role.CREATOR), "s", "s", "user:s", "course:c1"))
                .isEqualTo("allowed");
        assertThat(removal(user("s2", Role.STUDENT), "s", "s", "course:c1")).isEqualTo("not_owner");
        assertThat(removal(user("s2", Role.STUDENT), null, null, "course:c1")).isEqualTo("not_owner");
    }

    @Test
    void aCoursePostIsGrantedWithTheCourseCreatorFromItsOneLookUp() {
        int[] lookups = {0};
        AccessPolicy counting = new AccessPolicy(new AccessLookups() {
            @Override
            public Optional<CourseRelation> courseRelation(String courseId, String userId) {
                lookups[0]++;
                return records.courseRelation(courseId, userId);
            }

            @Override
            public boolean hasActivePurchase(String userId, String creatorId) {
                return records.hasActivePurchase(userId, creatorId);
            }
        });

        Grant grant = counting.requirePost(
                user("s", Role.STUDENT), Feed.parse("course:c1").orElseThrow());

        assertThat(grant.courseCreatorId()).contains("cr");
        assertThat(lookups[0]).isEqualTo(1);
        assertThat(policy.requirePost(user("u"), Feed.parse("user:u").orElseThrow())
                        .courseCreatorId())
                .isEmpty();
    }

    @Test
    void theGroupSaysWhoCreatesAFeedAndWhetherItsContentIsModerated() {
        assertThat(Feed.parse("instructor:cr").orElseThrow().owner()).contains("cr");
        assertThat(Feed.parse("timeline:u").orElseThrow().owner()).contains("u");
        assertThat(Feed.parse("course:c1").orElseThrow().owner()).isEmpty();
        assertThat(Feed.parse("townhall:main").orElseThrow().owner()).isEmpty();
        assertThat(FeedGroup.values())
                .filteredOn(FeedGroup::membersOnly)
                .containsExactly(FeedGroup.COURSE, FeedGroup.INSTRUCTOR);
        assertThat(FeedGroup.values())
                .filteredOn(group -> AccessPolicy.contentModerated(new Feed(group, "x")))
                .containsExactly(FeedGroup.COURSE);
    }

    @Test
    void requireThrowsTheRefusal() {
        assertThatThrownBy(() ->
                        policy.requireRead(user("x"), Feed.parse("course:c1").orElseThrow()))
                .isInstanceOf(ApiProblemException.class)
                .extracting(e -> ((ApiProblemException) e).status().value())
                .isEqualTo(403);
    }

    @Test
    void anotherUserMayReadFromTheRecordsAloneWithoutAnAdminRight() {
        assertThat(policy.mayRead("s", Feed.of("course:c1"))).isTrue();
        assertThat(policy.mayRead("cr", Feed.of("course:c1"))).isTrue();
        assertThat(policy.mayRead("x", Feed.of("course:c1"))).isFalse();
        assertThat(policy.mayRead("p", Feed.of("instructor:cr"))).isTrue();
        assertThat(policy.mayRead("s", Feed.of("instructor:cr"))).isFalse();
        assertThat(policy.mayRead("x", Feed.of("user:s"))).isTrue();
        assertThat(policy.mayRead("x", Feed.of("notification:s"))).isFalse();
    }
}
