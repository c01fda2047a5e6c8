package com.peerloop.gateway.feed;

import com.peerloop.gateway.access.AccessPolicy;
import com.peerloop.gateway.access.Grant;
import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.feed.FeedRequests.ActivityType;
import com.peerloop.gateway.feed.FeedRequests.NewActivity;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.moderation.ContentModeration;
import com.peerloop.gateway.stream.FeedModels;
import com.peerloop.gateway.stream.FeedStore;
import com.peerloop.gateway.stream.StreamUserProfile;
import com.peerloop.gateway.stream.StreamUsers;
import com.peerloop.gateway.web.Problems;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final BookmarkIndex bookmarks;

    FeedService(
            AccessPolicy policy,
            FeedStore store,
            StreamUsers users,
            JsonMapper json,
            ContentModeration moderation,
            BookmarkIndex bookmarks) {
        this.policy = policy;
        this.bookmarks = bookmarks;
        this.moderation = moderation;
        this.store = store;
        this.users = users;
        this.json = json;
    }

    /** A page of the feed, and its pins, as this caller sees them ({@code bookmarked} is the caller's). */
    FeedModels.ActivityPage read(PeerLoopUser user, Feed feed, int limit, String next) {
        policy.requireRead(user, feed);
        FeedModels.ActivityPage page = store.page(feed, limit, next);
        return new FeedModels.ActivityPage(
                bookmarks.mark(user.id(), page.activities()), page.next(), bookmarks.mark(user.id(), page.pinned()));
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
        if (body.type() == ActivityType.QUESTION) {
            // a question in a course also reaches the course's creator, unless they asked it
            grant.courseCreatorId()
                    .filter(creator -> !creator.equals(user.id()))
                    .ifPresent(creator -> feeds.add(new Feed(FeedGroup.NOTIFICATION, creator)));
        }
        users.ensure(new StreamUserProfile(user.id(), user.name(), user.picture()));
        FeedModels.Activity activity = store.add(new FeedModels.NewActivity(
                feeds,
                body.type().streamType(),
                body.text(),
                body.attachments(),
                body.custom() == null ? Map.of() : body.custom(),
                user.id()));
        log.info("activity posted: id={} feeds={} actor={}", activity.id(), feeds, user.id());
        return activity;
    }
}
