package com.peerloop.gateway.feed;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.moderation.ContentModeration;
import com.peerloop.gateway.safety.Blocks;
import com.peerloop.gateway.stream.FeedModels;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedStore;
import com.peerloop.gateway.stream.StreamUserProfile;
import com.peerloop.gateway.stream.StreamUsers;
import com.peerloop.gateway.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** One activity and what hangs off it: reactions and comments. */
@Service
class ActivityService {

    private static final Logger log = LoggerFactory.getLogger(ActivityService.class);

    private final ActivityAccess access;
    private final FeedStore store;
    private final StreamUsers users;
    private final ContentModeration moderation;
    private final Blocks blocks;

    ActivityService(
            ActivityAccess access, FeedStore store, StreamUsers users, ContentModeration moderation, Blocks blocks) {
        this.blocks = blocks;
        this.access = access;
        this.moderation = moderation;
        this.store = store;
        this.users = users;
    }

    /** The activity; one by a user the caller has blocked is not found for them. */
    Activity get(PeerLoopUser user, String activityId) {
        Activity activity = access.readable(user, activityId);
        if (activity.actor() != null
                && blocks.hasBlocked(user.id(), activity.actor().id())) {
            throw Problems.notFound("No such activity.");
        }
        return activity;
    }

    void delete(PeerLoopUser user, String activityId) {
        Activity activity = access.readable(user, activityId);
        access.requireRemove(user, activity);
        store.delete(activity);
        log.info("activity deleted: id={} by={}", activityId, user.id());
    }

    void react(PeerLoopUser user, String activityId, String type) {
        Activity activity = access.readable(user, activityId);
        ensureStreamUser(user);
        store.addReaction(activity, user.id(), type);
    }

    void unreact(PeerLoopUser user, String activityId, String type) {
        Activity activity = access.readable(user, activityId);
        store.deleteReaction(activity, user.id(), type);
    }

    /** A page of comments, without those of users the caller has blocked. */
    FeedModels.CommentPage comments(PeerLoopUser user, String activityId, int limit, String next) {
        access.readable(user, activityId);
        return withoutBlocked(user, store.comments(activityId, limit, next));
    }

    private FeedModels.CommentPage withoutBlocked(PeerLoopUser user, FeedModels.CommentPage page) {
        java.util.Set<String> blocked = blocks.blockedBy(user.id());
        if (blocked.isEmpty()) {
            return page;
        }
        return new FeedModels.CommentPage(
                page.comments().stream()
                        .filter(comment -> comment.actor() == null
                                || !blocked.contains(comment.actor().id()))
                        .toList(),
                page.next());
    }

    FeedModels.Comment comment(PeerLoopUser user, String activityId, String text) {
        Activity activity = access.readable(user, activityId);
        if (ActivityAccess.inModeratedFeed(activity)) {
            moderation.requireAllowed(text);
        }
        ensureStreamUser(user);
        return store.addComment(activity, user.id(), text);
    }

    void deleteComment(PeerLoopUser user, String commentId) {
        FeedModels.Comment comment =
                store.findComment(commentId).orElseThrow(() -> Problems.notFound("No such comment."));
        Activity activity = access.readable(user, comment.activityId());
        access.requireRemove(user, comment, activity);
        store.deleteComment(activity, commentId);
        log.info("comment deleted: id={} activity={} by={}", commentId, activity.id(), user.id());
    }

    private void ensureStreamUser(PeerLoopUser user) {
        users.ensure(new StreamUserProfile(user.id(), user.name(), user.picture()));
    }
}
