package com.peerloop.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordDrivenSyncTest extends SyncTestBase {

    @Test
    void enrollmentFollowsAndJoinsTheCourseFeedAndDropUndoesBoth() {
        records.course("sy1", "sy_creator").enroll("sy1", "sy_student");

        eventually("follow and membership", () -> follows("sy_student", "course:sy1")
                && "member".equals(role("course:sy1", "sy_student")));
        assertThat(stream.state().feeds().get("course:sy1").orElseThrow().visibility()).isEqualTo("members");

        records.drop("sy1", "sy_student");

        eventually("follow and membership removed", () -> !follows("sy_student", "course:sy1")
                && role("course:sy1", "sy_student") == null);
    }

    @Test
    void refundKeepsAccessWhileAnotherPurchaseFromTheCreatorRemains() {
        records.purchase("syp1", "sy_buyer", "sy_seller").purchase("syp2", "sy_buyer", "sy_seller");
        eventually("follow and membership", () -> follows("sy_buyer", "instructor:sy_seller")
                && "member".equals(role("instructor:sy_seller", "sy_buyer")));

        records.refund("syp1");
        eventually("the refund's intents are done", () -> status().path("pending").asLong() == 0);

        assertThat(follows("sy_buyer", "instructor:sy_seller")).isTrue();
        assertThat(role("instructor:sy_seller", "sy_buyer")).isEqualTo("member");

        records.refund("syp2");
        eventually("follow and membership removed", () -> !follows("sy_buyer", "instructor:sy_seller")
                && role("instructor:sy_seller", "sy_buyer") == null);
    }

    @Test
    void teachersAndTheCreatorAreMembersAndACreatorChangeMovesOwnership() {
        records.course("sy2", "sy_old").teacher("sy2", "sy_teacher");
        eventually("creator owns course and instructor feeds, teacher is a member",
                () -> "owner".equals(role("course:sy2", "sy_old"))
                        && "owner".equals(role("instructor:sy_old", "sy_old"))
                        && "member".equals(role("course:sy2", "sy_teacher")));
        assertThat(follows("sy_teacher", "course:sy2")).isFalse();

        records.course("sy2", "sy_new").removeTeacher("sy2", "sy_teacher");

        eventually("ownership moved and teacher gone", () -> "owner".equals(role("course:sy2", "sy_new"))
                && "owner".equals(role("instructor:sy_new", "sy_new"))
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
        eventually("follow and membership", () -> follows("sy_both", "course:sy3")
                && role("course:sy3", "sy_both") != null);

        records.drop("sy3", "sy_both");

        eventually("follow removed", () -> !follows("sy_both", "course:sy3"));
        eventually("the drop's intents are done", () -> status().path("pending").asLong() == 0);
        assertThat(role("course:sy3", "sy_both")).isEqualTo("member");
    }

    @Test
    void quickEnrollDropEnrollEndsFollowing() {
        records.course("sy4", "sy_creator").enroll("sy4", "sy_flip").drop("sy4", "sy_flip").enroll("sy4", "sy_flip");

        eventually("all intents done", () -> status().path("pending").asLong() == 0);
        assertThat(follows("sy_flip", "course:sy4")).isTrue();
        assertThat(role("course:sy4", "sy_flip")).isEqualTo("member");
    }
}
