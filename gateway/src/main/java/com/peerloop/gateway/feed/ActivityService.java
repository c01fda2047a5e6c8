package com.peerloop.gateway.feed;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.notification.Notifications;
import com.peerloop.gateway.safety.Blocks;
import com.peerloop.gateway.stream.FeedModels;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.CommentOrder;
import com.peerloop.gateway.stream.FeedStore;
import com.peerloop.gateway.stream.StreamUserProfile;
import com.peerloop.gateway.stream.StreamUsers;
import com.peerloop.gateway.web.Problems;
import java.util.List;
import java.util.Optional;
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
    private final ContentChecks checks;
    private final Blocks blocks;
    private final Notifications notifications;
    private final BookmarkIndex bookmarks;

    ActivityService(
            ActivityAccess access,
            FeedStore store,
            StreamUsers users,
            ContentChecks checks,
            Notifications notifications,
            BookmarkIndex bookmarks,
            Blocks blocks) {
        this.blocks = blocks;
        this.access = access;
        this.checks = checks;
        this.notifications = notifications;
        this.bookmarks = bookmarks;
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
        return bookmarks.mark(user.id(), activity);
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
        Optional<String> notified = notifications.ofReaction(user.id(), activity);
        store.addReaction(activity, user.id(), type, notified.isPresent());
        notified.ifPresent(notifications::streamNotified);
    }

    void unreact(PeerLoopUser user, String activityId, String type) {
        Activity activity = access.readable(user, activityId);
        store.deleteReaction(activity, user.id(), type);
    }

    /** A page of comments, without those of users the caller has blocked. */
    FeedModels.CommentPage comments(PeerLoopUser user, String activityId, CommentOrder order, int limit, String next) {
        access.readable(user, activityId);
        return withoutBlocked(user, store.comments(activityId, order, limit, next));
    }

    private FeedModels.CommentPage withoutBlocked(PeerLoopUser user, FeedModels.CommentPage page) {
        return withoutBlocked(page, blocks.blockedBy(user.id()));
    }

    /** The page without the comments of these (blocked) users. */
    static FeedModels.CommentPage withoutBlocked(FeedModels.CommentPage page, java.util.Set<String> blocked) {
        return new FeedModels.CommentPage(
                BlockedAuthors.without(blocked, page.comments(), FeedModels.Comment::actor), page.next());
    }

    /** A comment; the activity's author is notified by Stream, each mentioned reader by the gateway. */
    FeedModels.Comment comment(PeerLoopUser user, String activityId, String text, List<String> mentions) {
        Activity activity = access.readable(user, activityId);
        checks.requireAllowedOn(activity, text);
        ensureStreamUser(user);
        Optional<String> notified = notifications.ofComment(user.id(), activity);
        List<String> mentioned = notifications.ofMentions(user.id(), mentions, activity);
        FeedModels.Comment comment = store.addComment(activity, user.id(), text, notified.isPresent());
        log.info("comment added: id={} activity={} actor={}", comment.id(), activity.id(), user.id());
        notified.ifPresent(notifications::streamNotified);
        notifications.sendMentions(user.id(), mentioned, activity, comment);
        return comment;
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
