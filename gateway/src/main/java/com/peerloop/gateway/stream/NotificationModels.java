package com.peerloop.gateway.stream;

import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.Actor;
import java.time.Instant;
import java.util.List;

/** The gateway's own view of a user's notification feed. */
public final class NotificationModels {

    private NotificationModels() {}

    /** The badge: how many groups are unread and unseen. */
    public record NotificationStatus(int unread, int unseen) {}

    /**
     * One group of notifications as Stream aggregates them (same type, same day).
     *
     * @param id     Stream's group key, which marks name
     * @param type   the contract's type: {@code comment, reply, reaction, comment_reaction, question, follow,
     *               mention}
     * @param actors up to 5 distinct actors, newest first
     * @param latest up to 5 of the group's notification activities, newest first
     */
    public record NotificationGroup(
            String id,
            String type,
            int activityCount,
            int actorCount,
            List<Actor> actors,
            List<Activity> latest,
            boolean isRead,
            boolean isSeen,
            Instant updatedAt) {}

    /** A page of groups, newest first, with the badge counts over the whole feed. */
    public record NotificationPage(List<NotificationGroup> groups, NotificationStatus status, String next) {}

    /** What the gateway itself writes to a recipient's notification feed. */
    public enum GatewayNotificationType {
        MENTION("mention"),
        REPLY("reply"),
        REPORT_REMOVED("report_removed");

        private final String streamType;

        GatewayNotificationType(String streamType) {
            this.streamType = streamType;
        }

        String streamType() {
            return streamType;
        }
    }

    /**
     * A notification the gateway writes: about {@code activityId} (and {@code commentId}, for one about a comment),
     * caused by {@code actorId}, with the text of what was written.
     */
    public record GatewayNotification(
            String recipientId,
            GatewayNotificationType type,
            String actorId,
            String text,
            String activityId,
            String commentId) {}

    /** Which marks to set: the named groups, or all ({@code all}). */
    public record Marks(List<String> groupIds, boolean all) {}
}
