package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The notification activities Stream writes itself when a request sets {@code create_notification_activity}
 * (spec AddActivityReaction, AddComment, AddCommentReaction, Follow, and FollowRequest inside the batch upsert).
 * Recipients, from Stream's docs snippet (GetStream/stream-feeds-js {@code docs-snippets/notification-feed.test.ts},
 * "Creating notification activities"): a follow notifies the followed feed's owner, a comment or a reaction on an
 * activity the activity's author, a reaction on a comment the comment's author; each lands in the recipient's
 * built-in {@code notification:{id}} feed. Activity types, from the official sample app's notification renderer
 * (stream-feeds-js {@code sample-apps/react-demo/.../Notification.tsx}): {@code follow}, {@code reaction},
 * {@code comment}, {@code comment_reaction}, {@code comment_reply}. {@code notification_context} (spec
 * NotificationContext) carries {@code trigger} {type, text} and {@code target} {id, user_id, type, text} (spec
 * NotificationTarget, NotificationTrigger).
 *
 * <p>Deduplication: the built-in group deduplicates by default, always, except comments ("Comments are not
 * deduplicated", docs notification-feeds, "Notification configuration"); the fake keys a repeat on recipient,
 * type, actor and target. Unverified: that the actor is never notified of their own content (the fake skips it);
 * that a reply notifies the parent comment's author (the sample app knows a {@code comment_reply} type, no doc
 * says who receives it); that a missing notification feed is created with its owner as creator; the trigger text.
 */
public final class NotificationActivities {

    private final FakeStreamState state;

    NotificationActivities(FakeStreamState state) {
        this.state = state;
    }

    /**
     * Writes one notification activity to {@code notification:{recipient}} and answers whether it did: not for
     * the actor themselves, a missing recipient, or a repeat of a deduplicated notification.
     *
     * @param type the notification activity's type, e.g. {@code reaction}
     * @param targetId the activity (or user, for a follow) the notification is about
     * @param target the rendered {@code notification_context.target}
     */
    public boolean write(String recipient, String type, String actorId, String targetId, ObjectNode target) {
        if (recipient == null || recipient.isEmpty() || recipient.equals(actorId)) {
            return false;
        }
        String dedupKey = String.join("|", recipient, type, actorId, targetId);
        boolean deduplicated = !type.equals("comment") && !type.equals("comment_reply");
        if (deduplicated && state.activities().notified(dedupKey)) {
            return false;
        }
        String fid = "notification:" + recipient;
        Instant now = state.now();
        FeedCreation.autoCreate(state, fid, recipient, now);
        StoredActivity activity = new StoredActivity(
                UUID.randomUUID().toString(),
                type,
                actorId,
                null,
                List.of(fid),
                "public",
                Json.array(),
                Json.object(),
                List.of(),
                now,
                now,
                null,
                state.nextSeq());
        state.activities().put(activity);
        ObjectNode context = Json.object();
        ObjectNode trigger = context.putObject("trigger");
        trigger.put("type", type);
        trigger.put("text", actorId + " " + type); // unverified: Stream's wording of the trigger text
        context.set("target", target);
        state.activities().putNotificationContext(activity.id(), context);
        if (deduplicated) {
            state.activities().markNotified(dedupKey);
        }
        return true;
    }

    /** A reaction by {@code actorId} on the activity notifies its author ({@code reaction}). */
    public boolean reaction(StoredActivity activity, String actorId) {
        return write(activity.userId(), "reaction", actorId, activity.id(), activityTarget(activity));
    }

    /**
     * A comment notifies the activity's author ({@code comment}); a reply the parent comment's author
     * ({@code comment_reply}, unverified, see above). Comments on other objects notify nobody (unverified).
     */
    public boolean comment(StoredComment comment) {
        StoredActivity activity = commentedActivity(comment);
        if (activity == null) {
            return false;
        }
        if (comment.parentId() == null) {
            return write(activity.userId(), "comment", comment.userId(), comment.id(), activityTarget(activity));
        }
        StoredComment parent = state.comments().get(comment.parentId()).orElse(null);
        return parent != null
                && write(
                        parent.userId(),
                        "comment_reply",
                        comment.userId(),
                        comment.id(),
                        commentTarget(activity, parent));
    }

    /** A reaction by {@code actorId} on a comment notifies the comment's author ({@code comment_reaction}). */
    public boolean commentReaction(StoredComment comment, String actorId) {
        StoredActivity activity = commentedActivity(comment);
        return activity != null
                && write(comment.userId(), "comment_reaction", actorId, comment.id(), commentTarget(activity, comment));
    }

    /**
     * A new follow notifies the followed feed's owner ({@code follow}). Owner and actor are the feeds' creators, or
     * their ids when no creator is known (unverified).
     */
    public boolean follow(StoredFeed source, StoredFeed target) {
        String owner = ownerOf(target);
        return write(owner, "follow", ownerOf(source), target.fid(), userTarget(owner));
    }

    private static String ownerOf(StoredFeed feed) {
        return feed.createdBy() == null ? feed.id() : feed.createdBy();
    }

    private StoredActivity commentedActivity(StoredComment comment) {
        return "activity".equals(comment.objectType())
                ? state.activities().live(comment.objectId()).orElse(null)
                : null;
    }

    /** {@code notification_context.target} for an activity (spec NotificationTarget). */
    static ObjectNode activityTarget(StoredActivity activity) {
        ObjectNode target = Json.object();
        target.put("id", activity.id());
        target.put("user_id", activity.userId());
        target.put("type", activity.type());
        if (activity.text() != null) {
            target.put("text", activity.text());
        }
        return target;
    }

    /** An activity target with the comment it is about (spec NotificationTarget.comment, NotificationComment). */
    static ObjectNode commentTarget(StoredActivity activity, StoredComment comment) {
        ObjectNode target = activityTarget(activity);
        ObjectNode json = target.putObject("comment");
        json.put("id", comment.id());
        json.put("user_id", comment.userId());
        json.put("comment", comment.text() == null ? "" : comment.text());
        return target;
    }

    /** A user target, for a follow (spec NotificationTarget: "user targets like follows"). */
    static ObjectNode userTarget(String userId) {
        ObjectNode target = Json.object();
        target.put("id", userId);
        return target;
    }
}
