package com.peerloop.gateway.feed;

import com.peerloop.gateway.access.AccessPolicy;
import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.Comment;
import com.peerloop.gateway.stream.FeedStore;
import com.peerloop.gateway.web.Problems;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Activity-level rules: an activity is visible when the caller may read one of its feeds (otherwise it
 * does not exist for them: 404); what may be removed is the access policy's one removal rule.
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
        return findReadable(user, activityId).orElseThrow(() -> Problems.notFound("No such activity."));
    }

    /** The activity if it exists and the caller may read it. */
    Optional<Activity> findReadable(PeerLoopUser user, String activityId) {
        return store.find(activityId).filter(activity -> mayRead(user, activity));
    }

    /** 403 {@code not_owner} unless the caller may remove this activity (see {@link AccessPolicy#requireRemove}). */
    void requireRemove(PeerLoopUser user, Activity activity) {
        policy.requireRemove(user, authorOf(activity), authorOf(activity), feeds(activity));
    }

    /** 403 {@code not_owner} unless the caller may remove this comment on this activity. */
    void requireRemove(PeerLoopUser user, Comment comment, Activity activity) {
        policy.requireRemove(
                user, comment.actor() == null ? null : comment.actor().id(), authorOf(activity), feeds(activity));
    }

    /** Is the activity in a feed whose content is moderated ({@link AccessPolicy#contentModerated})? */
    static boolean inModeratedFeed(Activity activity) {
        return feeds(activity).stream().anyMatch(AccessPolicy::contentModerated);
    }

    /** Whether the caller may read one of the activity's feeds. */
    boolean mayRead(PeerLoopUser user, Activity activity) {
        return feeds(activity).stream().anyMatch(feed -> policy.mayRead(user, feed));
    }

    static List<Feed> feeds(Activity activity) {
        return activity.feeds().stream()
                .map(Feed::parse)
                .flatMap(Optional::stream)
                .toList();
    }

    private static String authorOf(Activity activity) {
        return activity.actor() == null ? null : activity.actor().id();
    }
}
