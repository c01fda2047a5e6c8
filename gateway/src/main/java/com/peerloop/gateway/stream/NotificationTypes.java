package com.peerloop.gateway.stream;

import java.util.Map;
import java.util.Optional;

/**
 * Stream's notification activity types to the contract's. Those Stream writes itself for
 * {@code create_notification_activity} are {@code follow, reaction, comment, comment_reaction, comment_reply}
 * (and {@code mention, comment_mention} for its own mention handling), as Stream's sample app renders them
 * (GetStream/stream-feeds-js, sample-apps/react-demo, Notification.tsx); the gateway writes {@code mention},
 * {@code reply}, {@code question} and {@code report_removed} (content its recipient reported was removed by a
 * moderator) itself.
 */
final class NotificationTypes {

    private static final Map<String, String> CONTRACT_TYPES = Map.of(
            "comment", "comment",
            "reaction", "reaction",
            "comment_reaction", "comment_reaction",
            "comment_reply", "reply",
            "reply", "reply",
            "follow", "follow",
            "mention", "mention",
            "comment_mention", "mention",
            "question", "question",
            "report_removed", "report_removed");

    private NotificationTypes() {}

    /** The contract's type of a notification activity of this Stream type, empty for one the contract has none for. */
    static Optional<String> contractType(String streamType) {
        return Optional.ofNullable(streamType == null ? null : CONTRACT_TYPES.get(streamType));
    }
}
