package com.peerloop.gateway.feed;

import com.peerloop.gateway.access.AccessPolicy;
import com.peerloop.gateway.access.Grant;
import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.feed.FeedRequests.ActivityType;
import com.peerloop.gateway.feed.FeedRequests.NewActivity;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.moderation.ContentModeration;
import com.peerloop.gateway.notification.Notifications;
import com.peerloop.gateway.safety.Blocks;
import com.peerloop.gateway.stream.FeedModels;
import com.peerloop.gateway.stream.FeedStore;
import com.peerloop.gateway.stream.StreamUserProfile;
import com.peerloop.gateway.stream.StreamUsers;
import com.peerloop.gateway.web.Problems;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Gated reads and posts of whole feeds. */
@Service
class FeedService {

    static final int MAX_CUSTOM_BYTES = 4096;
    private static final Logger log = LoggerFactory.getLogger(FeedService.class);

    private final AccessPolicy policy;
    private final FeedStore store;
    private final StreamUsers users;
    private final JsonMapper json;
    private final ContentModeration moderation;
    private final Blocks blocks;
    private final Notifications notifications;

    FeedService(
            AccessPolicy policy,
            FeedStore store,
            StreamUsers users,
            JsonMapper json,
            ContentModeration moderation,
            Blocks blocks,
            Notifications notifications) {
        this.blocks = blocks;
        this.policy = policy;
        this.notifications = notifications;
        this.moderation = moderation;
        this.store = store;
        this.users = users;
        this.json = json;
    }

    /**
     * A page of the feed, without the activities of users the caller has blocked (so a page may hold fewer than
     * {@code limit}; {@code next} still leads on).
     */
    FeedModels.ActivityPage read(PeerLoopUser user, Feed feed, int limit, String next) {
        policy.requireRead(user, feed);
        FeedModels.ActivityPage page = store.page(feed, limit, next);
        Set<String> blocked = blocks.blockedBy(user.id());
        if (blocked.isEmpty()) {
            return page;
        }
        return new FeedModels.ActivityPage(
                page.activities().stream()
                        .filter(activity -> activity.actor() == null
                                || !blocked.contains(activity.actor().id()))
                        .toList(),
                page.next());
    }

    FeedModels.Activity post(PeerLoopUser user, Feed feed, NewActivity body) {
        if (body.custom() != null
                && json.writeValueAsString(body.custom()).getBytes(StandardCharsets.UTF_8).length > MAX_CUSTOM_BYTES) {
            throw Problems.validation("custom", "must be at most 4 KiB of JSON");
        }
        Grant grant = policy.requirePost(user, feed);
        if (AccessPolicy.contentModerated(feed)) {
            moderation.requireAllowed(body.text());
        }
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
