package com.peerloop.gateway.notification;

import com.peerloop.gateway.paging.Cursors;
import com.peerloop.gateway.safety.Blocks;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.Actor;
import com.peerloop.gateway.stream.NotificationModels.Marks;
import com.peerloop.gateway.stream.NotificationModels.NotificationGroup;
import com.peerloop.gateway.stream.NotificationModels.NotificationPage;
import com.peerloop.gateway.stream.NotificationModels.NotificationStatus;
import com.peerloop.gateway.stream.NotificationStore;
import com.peerloop.gateway.web.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The caller's own notification feed: its groups, its badge, its read and seen marks. */
@Service
class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final String CURSOR_KIND = "g1";

    private final NotificationStore store;
    private final Badges badges;
    private final Blocks blocks;

    NotificationService(NotificationStore store, Badges badges, Blocks blocks) {
        this.store = store;
        this.badges = badges;
        this.blocks = blocks;
    }

    /**
     * One Stream read; its counts refresh the caller's badge. What users the caller has blocked did is left out
     * of the groups (a notification from before the block included), and a group with nothing else is dropped.
     * Stream's counts cover the whole feed and stay as Stream answers them.
     */
    NotificationPage page(String userId, int limit, String next) {
        NotificationPage stored = store.page(userId, limit, streamCursor(next));
        NotificationPage page = new NotificationPage(
                stored.groups(),
                stored.status(),
                stored.next() == null ? null : Cursors.encode(CURSOR_KIND, stored.next()));
        badges.put(userId, page.status());
        Set<String> blocked = blocks.blockedBy(userId);
        if (blocked.isEmpty()) {
            return page;
        }
        List<NotificationGroup> groups = new ArrayList<>();
        for (NotificationGroup group : page.groups()) {
            List<Actor> actors = group.actors().stream()
                    .filter(actor -> !blocked.contains(actor.id()))
                    .toList();
            List<Activity> latest = group.latest().stream()
                    .filter(activity -> activity.actor() == null
                            || !blocked.contains(activity.actor().id()))
                    .toList();
            if (actors.isEmpty() && latest.isEmpty()) {
                continue;
            }
            int hiddenActors = group.actors().size() - actors.size();
            int hiddenActivities = group.latest().size() - latest.size();
            groups.add(new NotificationGroup(
                    group.id(),
                    group.type(),
                    Math.max(latest.size(), group.activityCount() - hiddenActivities),
                    Math.max(actors.size(), group.actorCount() - hiddenActors),
                    actors,
                    latest,
                    group.isRead(),
                    group.isSeen(),
                    group.updatedAt()));
        }
        return new NotificationPage(groups, page.status(), page.next());
    }

    /**
     * Stream's cursor inside the one this endpoint gave out, so that text it never gave out is a 400 without a
     * call to Stream rather than Stream's refusal.
     */
    private static String streamCursor(String next) {
        if (next == null || next.isEmpty()) {
            return null;
        }
        return Cursors.decode(CURSOR_KIND, 1, next)
                .map(fields -> fields.get(0))
                .filter(cursor -> !cursor.isEmpty())
                .orElseThrow(() -> Problems.validation("next", "is not a cursor this list gave out"));
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
