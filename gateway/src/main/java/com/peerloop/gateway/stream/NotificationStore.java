package com.peerloop.gateway.stream;

import com.peerloop.gateway.stream.NotificationModels.GatewayNotification;
import com.peerloop.gateway.stream.NotificationModels.Marks;
import com.peerloop.gateway.stream.NotificationModels.NotificationPage;
import com.peerloop.gateway.stream.NotificationModels.NotificationStatus;

/** A user's {@code notification:{userId}} feed in Stream. Failures are {@link StreamFailure}s. */
public interface NotificationStore {

    /** A page of the user's notification groups, newest first; {@code next} is a cursor from an earlier page. */
    NotificationPage page(String userId, int limit, String next);

    /** The badge counts: one Stream read. */
    NotificationStatus status(String userId);

    /** Marks groups read. */
    void markRead(String userId, Marks marks);

    /** Marks groups seen. */
    void markSeen(String userId, Marks marks);

    /** Writes one notification the gateway causes itself to its recipient's feed. */
    void write(GatewayNotification notification);
}
