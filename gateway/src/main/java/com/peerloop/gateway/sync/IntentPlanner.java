package com.peerloop.gateway.sync;

import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.records.RecordChanged;
import com.peerloop.gateway.sync.SyncIntent.Action;
import com.peerloop.gateway.sync.SyncIntent.New;
import java.util.ArrayList;
import java.util.List;

/** Which Stream changes a record change implies. */
final class IntentPlanner {

    private IntentPlanner() {}

    static List<New> plan(RecordChanged change) {
        List<New> intents = new ArrayList<>();
        switch (change.kind()) {
            case ENROLLED -> both(intents, Action.ADD_MEMBER, Action.FOLLOW, change.userId(), course(change));
            case DROPPED -> both(intents, Action.UNFOLLOW, Action.REMOVE_MEMBER, change.userId(), course(change));
            case PURCHASED ->
                both(intents, Action.ADD_MEMBER, Action.FOLLOW, change.userId(), instructor(change.creatorId()));
            case REFUNDED ->
                both(intents, Action.UNFOLLOW, Action.REMOVE_MEMBER, change.userId(), instructor(change.creatorId()));
            case TEACHER_ADDED -> intents.add(new New(Action.ADD_MEMBER, change.userId(), course(change)));
            case TEACHER_REMOVED -> intents.add(new New(Action.REMOVE_MEMBER, change.userId(), course(change)));
            case COURSE_SAVED -> {
                String creator = change.creatorId();
                intents.add(new New(Action.ADD_MEMBER, creator, course(change)));
                intents.add(new New(Action.ADD_MEMBER, creator, instructor(creator)));
                String previous = change.previousCreatorId();
                if (previous != null && !previous.equals(creator)) {
                    intents.add(new New(Action.REMOVE_MEMBER, previous, course(change)));
                    intents.add(new New(Action.REMOVE_MEMBER, previous, instructor(previous)));
                }
            }
        }
        return intents;
    }

    /**
     * Two intents for one feed, applied in this order (one (user, feed) at a time, oldest first): a membership
     * before the follow, since only members may follow a members-only feed (docs: feed and activity visibility),
     * and the unfollow before the membership goes.
     */
    private static void both(List<New> intents, Action first, Action second, String userId, Feed feed) {
        intents.add(new New(first, userId, feed));
        intents.add(new New(second, userId, feed));
    }

    private static Feed course(RecordChanged change) {
        return new Feed(FeedGroup.COURSE, change.courseId());
    }

    private static Feed instructor(String creatorId) {
        return new Feed(FeedGroup.INSTRUCTOR, creatorId);
    }
}
