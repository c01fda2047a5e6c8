package com.peerloop.gateway.sync;

import java.util.ArrayList;
import java.util.List;

import com.peerloop.gateway.records.RecordChanged;
import com.peerloop.gateway.sync.SyncIntent.Action;
import com.peerloop.gateway.sync.SyncIntent.New;

/** Which Stream changes a record change implies. */
final class IntentPlanner {

    static final String COURSE = "course";
    static final String INSTRUCTOR = "instructor";

    private IntentPlanner() {}

    static List<New> plan(RecordChanged change) {
        List<New> intents = new ArrayList<>();
        switch (change.kind()) {
            case ENROLLED -> both(intents, Action.FOLLOW, Action.ADD_MEMBER, change.userId(), COURSE, change.courseId());
            case DROPPED -> both(intents, Action.UNFOLLOW, Action.REMOVE_MEMBER, change.userId(), COURSE,
                    change.courseId());
            case PURCHASED -> both(intents, Action.FOLLOW, Action.ADD_MEMBER, change.userId(), INSTRUCTOR,
                    change.creatorId());
            case REFUNDED -> both(intents, Action.UNFOLLOW, Action.REMOVE_MEMBER, change.userId(), INSTRUCTOR,
                    change.creatorId());
            case TEACHER_ADDED -> intents.add(new New(Action.ADD_MEMBER, change.userId(), COURSE, change.courseId()));
            case TEACHER_REMOVED -> intents.add(new New(Action.REMOVE_MEMBER, change.userId(), COURSE,
                    change.courseId()));
            case COURSE_SAVED -> {
                String creator = change.creatorId();
                intents.add(new New(Action.ADD_MEMBER, creator, COURSE, change.courseId()));
                intents.add(new New(Action.ADD_MEMBER, creator, INSTRUCTOR, creator));
                String previous = change.previousCreatorId();
                if (previous != null && !previous.equals(creator)) {
                    intents.add(new New(Action.REMOVE_MEMBER, previous, COURSE, change.courseId()));
                    intents.add(new New(Action.REMOVE_MEMBER, previous, INSTRUCTOR, previous));
                }
            }
        }
        return intents;
    }

    private static void both(List<New> intents, Action follow, Action member, String userId, String group,
            String feedId) {
        intents.add(new New(follow, userId, group, feedId));
        intents.add(new New(member, userId, group, feedId));
    }
}
