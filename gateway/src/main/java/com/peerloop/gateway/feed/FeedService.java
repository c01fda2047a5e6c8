package com.peerloop.gateway.feed;

import com.peerloop.gateway.access.AccessPolicy;
import com.peerloop.gateway.access.Grant;
import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.feed.FeedRequests.ActivityType;
import com.peerloop.gateway.feed.FeedRequests.NewActivity;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.notification.Notifications;
import com.peerloop.gateway.safety.Blocks;
import com.peerloop.gateway.stream.FeedModels;
import com.peerloop.gateway.stream.FeedStore;
import com.peerloop.gateway.stream.StreamUserProfile;
import com.peerloop.gateway.stream.StreamUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Gated reads and posts of whole feeds. */
@Service
class FeedService {

    private static final Logger log = LoggerFactory.getLogger(FeedService.class);

    private final AccessPolicy policy;
    private final FeedStore store;
    private final StreamUsers users;
    private final ContentChecks checks;
    private final Blocks blocks;
    private final Notifications notifications;
    private final BookmarkIndex bookmarks;

    FeedService(
            AccessPolicy policy,
            FeedStore store,
            StreamUsers users,
            ContentChecks checks,
            Notifications notifications,
            BookmarkIndex bookmarks,
            Blocks blocks) {
        this.blocks = blocks;
        this.policy = policy;
        this.notifications = notifications;
        this.bookmarks = bookmarks;
        this.store = store;
        this.users = users;
        this.checks = checks;
    }

    /**
     * A page of the feed, and its pins, as this caller sees them: {@code bookmarked} is the caller's, and the
     * activities of users the caller has blocked are left out (so a page may hold fewer than {@code limit};
     * {@code next} still leads on).
     */
    FeedModels.ActivityPage read(PeerLoopUser user, Feed feed, int limit, String next) {
        policy.requireRead(user, feed);
        FeedModels.ActivityPage page = store.page(feed, limit, next);
        Set<String> blocked = blocks.blockedBy(user.id());
        return new FeedModels.ActivityPage(
                bookmarks.mark(
                        user.id(), BlockedAuthors.without(blocked, page.activities(), FeedModels.Activity::actor)),
                page.next(),
                page.pinned() == null
                        ? null
                        : bookmarks.mark(
                                user.id(), BlockedAuthors.without(blocked, page.pinned(), FeedModels.Activity::actor)));
    }

    FeedModels.Activity post(PeerLoopUser user, Feed feed, NewActivity body) {
        checks.requireCustomFits(body.custom());
        Grant grant = policy.requirePost(user, feed);
        checks.requireAllowedIn(List.of(feed), body.text());
        List<Feed> feeds = new ArrayList<>(List.of(feed));
        Optional<String> questionTo = body.type() == ActivityType.QUESTION
                ? grant.courseCreatorId().flatMap(creator -> notifications.ofQuestion(user.id(), creator, feed))
                : Optional.empty();
        // a question in a course also reaches the course's creator, unless they asked it
        questionTo.ifPresent(creator -> feeds.add(new Feed(FeedGroup.NOTIFICATION, creator)));
        List<String> mentioned = notifications.ofMentions(user.id(), body.mentions(), List.of(feed));
        users.ensure(new StreamUserProfile(user.id(), user.name(), user.picture()));
        FeedModels.Activity activity = store.add(new FeedModels.NewActivity(
                feeds,
                body.type().streamType(),
                body.text(),
                body.attachments(),
                body.custom() == null ? Map.of() : body.custom(),
                user.id()));
        log.info("activity posted: id={} feeds={} actor={}", activity.id(), feeds, user.id());
        questionTo.ifPresent(notifications::streamNotified);
        notifications.sendMentions(user.id(), mentioned, activity, null);
        return activity;
    }
}
