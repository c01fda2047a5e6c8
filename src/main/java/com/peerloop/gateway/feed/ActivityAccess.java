package com.peerloop.gateway.feed;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.peerloop.gateway.access.AccessPolicy;
import com.peerloop.gateway.access.Feed;
import com.peerloop.gateway.access.FeedGroup;
import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedStore;
import com.peerloop.gateway.web.Problems;

/**
 * Activity-level rules: an activity is visible when the caller may read one of its feeds (otherwise it
 * does not exist for them: 404), and removable by its author or whoever moderates one of its feeds.
 */
@Component
class ActivityAccess {

    private final FeedStore store;
    private final AccessPolicy policy;

    ActivityAccess(FeedStore store, AccessPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    /** The activity if the caller may read it; 404 otherwise. */
    Activity readable(PeerLoopUser user, String activityId) {
        Optional<Activity> activity = store.find(activityId);
        if (activity.isEmpty() || !mayRead(user, activity.get())) {
            throw Problems.notFound("No such activity.");
        }
        return activity.get();
    }

    /** May the caller remove this activity, or someone else's comment on it? */
    boolean mayModerate(PeerLoopUser user, Activity activity) {
        return activity.feeds().stream().map(Feed::parse).flatMap(Optional::stream)
                .anyMatch(feed -> policy.mayModerate(user, feed));
    }

    /** Is the activity in a course feed (and so under the course feeds' moderation rules)? */
    static boolean inCourseFeed(Activity activity) {
        return activity.feeds().stream().map(Feed::parse).flatMap(Optional::stream)
                .anyMatch(feed -> feed.group() == FeedGroup.COURSE);
    }

    static boolean isAuthor(PeerLoopUser user, String actorId) {
        return user.id().equals(actorId);
    }

    private boolean mayRead(PeerLoopUser user, Activity activity) {
        return activity.feeds().stream().map(Feed::parse).flatMap(Optional::stream)
                .anyMatch(feed -> policy.mayRead(user, feed));
    }
}
