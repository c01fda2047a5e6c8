package com.peerloop.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.records.RecordChanged;
import com.peerloop.gateway.records.RecordChanged.Kind;
import com.peerloop.gateway.sync.SyncIntent.Action;
import com.peerloop.gateway.sync.SyncIntent.New;
import org.junit.jupiter.api.Test;

class IntentPlannerTest {

    @Test
    void enrollmentJoinsTheCourseBeforeFollowingItAndDropUnfollowsBeforeLeaving() {
        assertThat(IntentPlanner.plan(change(Kind.ENROLLED, "c1", "u1", "k1", null)))
                .containsExactly(
                        new New(Action.ADD_MEMBER, "u1", course("c1")), new New(Action.FOLLOW, "u1", course("c1")));
        assertThat(IntentPlanner.plan(change(Kind.DROPPED, "c1", "u1", "k1", null)))
                .containsExactly(
                        new New(Action.UNFOLLOW, "u1", course("c1")),
                        new New(Action.REMOVE_MEMBER, "u1", course("c1")));
    }

    @Test
    void purchaseJoinsTheInstructorFeedBeforeFollowingItAndRefundUnfollowsBeforeLeaving() {
        assertThat(IntentPlanner.plan(change(Kind.PURCHASED, null, "u1", "k1", null)))
                .containsExactly(
                        new New(Action.ADD_MEMBER, "u1", instructor("k1")),
                        new New(Action.FOLLOW, "u1", instructor("k1")));
        assertThat(IntentPlanner.plan(change(Kind.REFUNDED, "c1", "u1", "k1", null)))
                .containsExactly(
                        new New(Action.UNFOLLOW, "u1", instructor("k1")),
                        new New(Action.REMOVE_MEMBER, "u1", instructor("k1")));
    }

    @Test
    void teachersAreMembersOnly() {
        assertThat(IntentPlanner.plan(change(Kind.TEACHER_ADDED, "c1", "t1", "k1", null)))
                .containsExactly(new New(Action.ADD_MEMBER, "t1", course("c1")));
        assertThat(IntentPlanner.plan(change(Kind.TEACHER_REMOVED, "c1", "t1", "k1", null)))
                .containsExactly(new New(Action.REMOVE_MEMBER, "t1", course("c1")));
    }

    @Test
    void aCreatorChangeMovesBothMemberships() {
        assertThat(IntentPlanner.plan(change(Kind.COURSE_SAVED, "c1", null, "k2", "k1")))
                .containsExactly(
                        new New(Action.ADD_MEMBER, "k2", course("c1")),
                        new New(Action.ADD_MEMBER, "k2", instructor("k2")),
                        new New(Action.REMOVE_MEMBER, "k1", course("c1")),
                        new New(Action.REMOVE_MEMBER, "k1", instructor("k1")));
    }

    private static Feed course(String id) {
        return new Feed(FeedGroup.COURSE, id);
    }

    private static Feed instructor(String id) {
        return new Feed(FeedGroup.INSTRUCTOR, id);
    }

    private static RecordChanged change(
            Kind kind, String courseId, String userId, String creatorId, String previousCreatorId) {
        return new RecordChanged(kind, courseId, userId, creatorId, previousCreatorId, "p1", "svc", "r1");
    }
}
