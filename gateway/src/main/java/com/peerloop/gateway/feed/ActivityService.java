package com.peerloop.gateway.feed;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.moderation.ContentModeration;
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
    private final BookmarkIndex bookmarks;

    ActivityService(
            ActivityAccess access,
            FeedStore store,
            StreamUsers users,
            ContentModeration moderation,
            BookmarkIndex bookmarks) {
        this.access = access;
        this.bookmarks = bookmarks;
        this.moderation = moderation;
        this.store = store;
        this.users = users;
    }

    Activity get(PeerLoopUser user, String activityId) {
        return bookmarks.mark(user.id(), access.readable(user, activityId));
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

    FeedModels.CommentPage comments(PeerLoopUser user, String activityId, int limit, String next) {
        access.readable(user, activityId);
        return store.comments(activityId, limit, next);
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
