package com.peerloop.gateway.notification;

import com.peerloop.gateway.access.AccessPolicy;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.safety.Blocks;
import com.peerloop.gateway.safety.ReportedContentRemoved;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.Actor;
import com.peerloop.gateway.stream.FeedModels.Comment;
import com.peerloop.gateway.stream.NotificationModels.GatewayNotification;
import com.peerloop.gateway.stream.NotificationModels.GatewayNotificationType;
import com.peerloop.gateway.stream.NotificationStore;
import com.peerloop.gateway.stream.StreamFailure;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is notified of what, decided in one place: never the actor, and only a recipient who may read the
 * activity's feed now ({@link AccessPolicy#mayRead(String, Feed)}), so that no notification reveals a feed to
 * someone outside it. The {@code of*} methods answer the recipient (or none); a caller then either asks Stream to
 * write the notification ({@code create_notification_activity}) and reports it with {@link #streamNotified}, or has
 * the gateway write it ({@link #sendMentions}, {@link #sendReply}).
 */
@Component
public class Notifications {

    /** Most users one post, comment or reply may mention (contract). */
    public static final int MAX_MENTIONS = 10;

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final AccessPolicy policy;
    private final NotificationStore store;
    private final Badges badges;
    private final Blocks blocks;

    Notifications(AccessPolicy policy, NotificationStore store, Badges badges, Blocks blocks) {
        this.blocks = blocks;
        this.policy = policy;
        this.store = store;
        this.badges = badges;
    }

    /** A comment on the activity notifies its author ({@code comment}). */
    public Optional<String> ofComment(String actorId, Activity activity) {
        return recipient(actorId, authorOf(activity.actor()), activity);
    }

    /** A reply to a comment notifies the comment's author ({@code reply}). */
    public Optional<String> ofReply(String actorId, Comment parent, Activity activity) {
        return recipient(actorId, authorOf(parent.actor()), activity);
    }

    /** A reaction on the activity notifies its author ({@code reaction}). */
    public Optional<String> ofReaction(String actorId, Activity activity) {
        return recipient(actorId, authorOf(activity.actor()), activity);
    }

    /** A reaction on a comment notifies the comment's author ({@code comment_reaction}). */
    public Optional<String> ofCommentReaction(String actorId, Comment comment, Activity activity) {
        return recipient(actorId, authorOf(comment.actor()), activity);
    }

    /** A follow of {@code user:{id}} notifies that user ({@code follow}); other follows notify nobody. */
    public Optional<String> ofFollow(String actorId, Feed followed) {
        if (followed.group() != FeedGroup.USER) {
            return Optional.empty();
        }
        return recipient(actorId, followed.id(), List.of(followed));
    }

    /** A question in a course notifies the course's creator ({@code question}). */
    public Optional<String> ofQuestion(String actorId, String courseCreatorId, Feed course) {
        return recipient(actorId, courseCreatorId, List.of(course));
    }

    /**
     * The mentioned users to notify ({@code mention}) of something written in these feeds: each once, never the
     * actor, nobody who has blocked the actor, only those who may read one of the feeds; the others are dropped
     * without a word.
     */
    public List<String> ofMentions(String actorId, Collection<String> mentioned, Collection<Feed> feeds) {
        if (mentioned == null) {
            return List.of();
        }
        return new LinkedHashSet<>(mentioned)
                .stream()
                        .filter(id -> recipient(actorId, id, feeds).isPresent())
                        .toList();
    }

    /** The mentioned users of an activity's text or of a comment on it, as {@link #ofMentions} decides. */
    public List<String> ofMentions(String actorId, Collection<String> mentioned, Activity activity) {
        return ofMentions(actorId, mentioned, feedsOf(activity));
    }

    /** Stream was asked to write the recipient a notification: their badge is stale. */
    public void streamNotified(String recipientId) {
        badges.invalidate(recipientId);
    }

    /**
     * Writes each recipient a {@code mention} of the activity (or of {@code comment} on it). What was written
     * stands whether or not the notifications can be written, so a Stream failure here is logged, not thrown.
     */
    public void sendMentions(String actorId, List<String> recipients, Activity activity, Comment comment) {
        for (String recipient : recipients) {
            send(new GatewayNotification(
                    recipient,
                    GatewayNotificationType.MENTION,
                    actorId,
                    comment == null ? activity.text() : comment.text(),
                    activity.id(),
                    comment == null ? null : comment.id()));
        }
    }

    /** Writes the parent comment's author a {@code reply} notification (see {@link #sendMentions} on failures). */
    public void sendReply(String recipientId, String actorId, Comment reply, Activity activity) {
        send(new GatewayNotification(
                recipientId, GatewayNotificationType.REPLY, actorId, reply.text(), activity.id(), reply.id()));
    }

    /**
     * Tells each reporter that what they reported was removed ({@code report_removed}). The text names neither
     * the feed nor the removed content.
     */
    @EventListener
    void reportedContentRemoved(ReportedContentRemoved removed) {
        for (String reporter : removed.reporterIds()) {
            send(new GatewayNotification(
                    reporter,
                    GatewayNotificationType.REPORT_REMOVED,
                    removed.moderatorId(),
                    "A moderator removed the " + removed.kind() + " you reported.",
                    removed.activityId(),
                    "comment".equals(removed.kind()) ? removed.itemId() : null));
        }
    }

    private void send(GatewayNotification notification) {
        try {
            store.write(notification);
            log.info(
                    "notification written: type={} recipient={} actor={} activity={} comment={}",
                    notification.type(),
                    notification.recipientId(),
                    notification.actorId(),
                    notification.activityId(),
                    notification.commentId());
        } catch (StreamFailure e) {
            log.warn(
                    "notification not written: type={} recipient={} activity={} failure={}",
                    notification.type(),
                    notification.recipientId(),
                    notification.activityId(),
                    e.kind());
        } finally {
            badges.invalidate(notification.recipientId());
        }
    }

    private Optional<String> recipient(String actorId, String recipientId, Activity activity) {
        return recipient(actorId, recipientId, feedsOf(activity));
    }

    private Optional<String> recipient(String actorId, String recipientId, Collection<Feed> feeds) {
        if (recipientId == null || recipientId.equals(actorId) || blocks.hasBlocked(recipientId, actorId)) {
            return Optional.empty();
        }
        boolean mayRead = feeds.stream().anyMatch(feed -> policy.mayRead(recipientId, feed));
        return mayRead ? Optional.of(recipientId) : Optional.empty();
    }

    /** The feeds an activity is read in: a notification feed it was delivered to is not one of them. */
    private static List<Feed> feedsOf(Activity activity) {
        return activity.feeds().stream()
                .map(Feed::parse)
                .flatMap(Optional::stream)
                .filter(feed -> feed.group() != FeedGroup.NOTIFICATION)
                .toList();
    }

    private static String authorOf(Actor actor) {
        return actor == null ? null : actor.id();
    }
}
