package com.peerloop.gateway.feed;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.feed.FeedRequests.NewReply;
import com.peerloop.gateway.notification.Notifications;
import com.peerloop.gateway.safety.Blocks;
import com.peerloop.gateway.stream.FeedModels;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.Comment;
import com.peerloop.gateway.stream.FeedStore;
import com.peerloop.gateway.stream.StreamUserProfile;
import com.peerloop.gateway.stream.StreamUsers;
import com.peerloop.gateway.web.Problems;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Threads, comment reactions and authors' edits. Whatever hangs off a comment is allowed to whoever may read the
 * comment's activity (a comment of an unreadable activity does not exist for them: 404); an edit is its author's
 * alone (403 {@code not_owner}) and passes the same content checks as creating.
 */
@Service
class DiscussionService {

    private static final Logger log = LoggerFactory.getLogger(DiscussionService.class);

    private final ActivityAccess access;
    private final FeedStore store;
    private final StreamUsers users;
    private final ContentChecks checks;
    private final Notifications notifications;
    private final Blocks blocks;

    DiscussionService(
            ActivityAccess access,
            FeedStore store,
            StreamUsers users,
            ContentChecks checks,
            Notifications notifications,
            Blocks blocks) {
        this.blocks = blocks;
        this.notifications = notifications;
        this.access = access;
        this.store = store;
        this.users = users;
        this.checks = checks;
    }

    Comment reply(PeerLoopUser user, String commentId, NewReply body) {
        Thread thread = readableThread(user, commentId);
        checks.requireAllowedOn(thread.activity(), body.text());
        ensureStreamUser(user);
        Optional<String> notified = notifications.ofReply(user.id(), thread.comment(), thread.activity());
        List<String> mentioned = notifications.ofMentions(user.id(), body.mentions(), thread.activity());
        Comment reply = store.addReply(thread.activity(), thread.comment(), user.id(), body.text());
        log.info(
                "reply added: id={} parent={} activity={} actor={}",
                reply.id(),
                commentId,
                thread.activity().id(),
                user.id());
        // Stream does not document whom its own reply notification reaches, so the gateway writes this one
        notified.ifPresent(recipient -> notifications.sendReply(recipient, user.id(), reply, thread.activity()));
        notifications.sendMentions(
                user.id(),
                mentioned.stream()
                        .filter(id -> notified.map(r -> !r.equals(id)).orElse(true))
                        .toList(),
                thread.activity(),
                reply);
        return reply;
    }

    FeedModels.CommentPage replies(PeerLoopUser user, String commentId, int limit, String next) {
        readableThread(user, commentId);
        return ActivityService.withoutBlocked(store.replies(commentId, limit, next), blocks.blockedBy(user.id()));
    }

    void react(PeerLoopUser user, String commentId, String type) {
        Thread thread = readableThread(user, commentId);
        ensureStreamUser(user);
        Optional<String> notified = notifications.ofCommentReaction(user.id(), thread.comment(), thread.activity());
        store.addCommentReaction(thread.activity(), thread.comment(), user.id(), type, notified.isPresent());
        notified.ifPresent(notifications::streamNotified);
        log.info("comment reaction added: comment={} type={} by={}", commentId, type, user.id());
    }

    void unreact(PeerLoopUser user, String commentId, String type) {
        Thread thread = readableThread(user, commentId);
        store.deleteCommentReaction(thread.activity(), thread.comment(), user.id(), type);
        log.info("comment reaction removed: comment={} type={} by={}", commentId, type, user.id());
    }

    Activity editActivity(PeerLoopUser user, String activityId, FeedRequests.ActivityEdit edit) {
        if (edit.isEmpty()) {
            throw Problems.validation("body", "must change text, attachments or custom");
        }
        checks.requireCustomFits(edit.custom());
        Activity activity = access.readable(user, activityId);
        requireAuthor(user, activity.actor());
        checks.requireAllowedOn(activity, edit.text());
        Activity edited = store.updateActivity(
                activity, new FeedModels.ActivityEdit(edit.text(), edit.attachments(), edit.custom()));
        log.info("activity edited: id={} by={}", activityId, user.id());
        return edited;
    }

    Comment editComment(PeerLoopUser user, String commentId, String text) {
        Thread thread = readableThread(user, commentId);
        requireAuthor(user, thread.comment().actor());
        checks.requireAllowedOn(thread.activity(), text);
        Comment edited = store.updateComment(thread.activity(), thread.comment(), text);
        log.info(
                "comment edited: id={} activity={} by={}",
                commentId,
                thread.activity().id(),
                user.id());
        return edited;
    }

    /** A comment and its activity, when the caller may read the activity; 404 otherwise. */
    private Thread readableThread(PeerLoopUser user, String commentId) {
        Comment comment = store.findComment(commentId).orElseThrow(() -> Problems.notFound("No such comment."));
        return new Thread(comment, access.readable(user, comment.activityId()));
    }

    private static void requireAuthor(PeerLoopUser user, FeedModels.Actor author) {
        if (author == null || !Objects.equals(author.id(), user.id())) {
            throw Problems.forbidden("not_owner", "Only the author may edit this.");
        }
    }

    private void ensureStreamUser(PeerLoopUser user) {
        users.ensure(new StreamUserProfile(user.id(), user.name(), user.picture()));
    }

    private record Thread(Comment comment, Activity activity) {}
}
