package com.peerloop.gateway.notification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.peerloop.gateway.stream.NotificationModels.NotificationStatus;
import com.peerloop.gateway.stream.NotificationStore;
import org.springframework.stereotype.Component;

/**
 * The badge counts per user, kept for {@code peerloop.notifications.status-cache-ttl}: a poll within that time
 * makes no Stream request, a poll after it one. A notification the gateway causes and a mark drop the user's
 * counts, so that their next poll asks Stream again.
 */
@Component
class Badges {

    private final NotificationStore store;
    private final Cache<String, NotificationStatus> counts;

    Badges(NotificationStore store, NotificationProperties properties) {
        this.store = store;
        this.counts = Caffeine.newBuilder()
                .maximumSize(properties.statusCacheSize())
                .expireAfterWrite(properties.statusCacheTtl())
                .build();
    }

    NotificationStatus of(String userId) {
        return counts.get(userId, store::status);
    }

    /** The counts as just read from Stream, kept for the next poll. */
    void put(String userId, NotificationStatus status) {
        counts.put(userId, status);
    }

    void invalidate(String userId) {
        counts.invalidate(userId);
    }
}
