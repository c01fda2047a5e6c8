package com.peerloop.gateway.notification;

import com.peerloop.gateway.stream.NotificationModels.Marks;
import com.peerloop.gateway.stream.NotificationModels.NotificationPage;
import com.peerloop.gateway.stream.NotificationModels.NotificationStatus;
import com.peerloop.gateway.stream.NotificationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The caller's own notification feed: its groups, its badge, its read and seen marks. */
@Service
class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationStore store;
    private final Badges badges;

    NotificationService(NotificationStore store, Badges badges) {
        this.store = store;
        this.badges = badges;
    }

    /** One Stream read; its counts refresh the caller's badge. */
    NotificationPage page(String userId, int limit, String next) {
        NotificationPage page = store.page(userId, limit, next);
        badges.put(userId, page.status());
        return page;
    }

    /** From the badge cache, or one Stream read. */
    NotificationStatus status(String userId) {
        return badges.of(userId);
    }

    /** The mark, then the counts after it: two Stream requests. */
    NotificationStatus markRead(String userId, Marks marks) {
        badges.invalidate(userId);
        store.markRead(userId, marks);
        log.info("notifications marked read: user={} groups={}", userId, marks.all() ? "all" : marks.groupIds());
        return refreshed(userId);
    }

    NotificationStatus markSeen(String userId, Marks marks) {
        badges.invalidate(userId);
        store.markSeen(userId, marks);
        log.info("notifications marked seen: user={} groups={}", userId, marks.all() ? "all" : marks.groupIds());
        return refreshed(userId);
    }

    private NotificationStatus refreshed(String userId) {
        NotificationStatus status = store.status(userId);
        badges.put(userId, status);
        return status;
    }
}
