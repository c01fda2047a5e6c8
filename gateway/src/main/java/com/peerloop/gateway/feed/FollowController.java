package com.peerloop.gateway.feed;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.feed.FeedViews.Follow;
import com.peerloop.gateway.feed.FeedViews.FollowEnvelope;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.notification.Notifications;
import com.peerloop.gateway.stream.FeedStore;
import com.peerloop.gateway.web.Problems;
import jakarta.validation.Valid;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's timeline following other users' feeds. Course and instructor follows come from the
 * records only, so asking for one here is refused.
 */
@RestController
class FollowController {

    private static final Logger log = LoggerFactory.getLogger(FollowController.class);

    private final FeedStore store;
    private final Notifications notifications;

    FollowController(FeedStore store, Notifications notifications) {
        this.store = store;
        this.notifications = notifications;
    }

    @PostMapping("/api/follows")
    @ResponseStatus(HttpStatus.CREATED)
    FollowEnvelope follow(@Valid @RequestBody FeedRequests.NewFollow body, @AuthenticationPrincipal PeerLoopUser user) {
        Feed target = target(body.target());
        Feed timeline = timeline(user);
        Optional<String> notified = notifications.ofFollow(user.id(), target);
        store.follow(timeline, target, notified.isPresent());
        notified.ifPresent(notifications::streamNotified);
        log.info("follow added: {} -> {}", timeline, target);
        return new FollowEnvelope(new Follow(timeline.fid(), target.fid()));
    }

    @DeleteMapping("/api/follows/{target}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unfollow(@PathVariable String target, @AuthenticationPrincipal PeerLoopUser user) {
        Feed followed = target(target);
        Feed timeline = timeline(user);
        store.unfollow(timeline, followed);
        log.info("follow removed: {} -> {}", timeline, followed);
    }

    private static Feed timeline(PeerLoopUser user) {
        return new Feed(FeedGroup.TIMELINE, user.id());
    }

    private static Feed target(String target) {
        Feed feed = Feed.parse(target)
                .orElseThrow(() -> Problems.validation("target", "must be user:{id} with a valid id"));
        if (feed.group() != FeedGroup.USER) {
            throw Problems.forbidden(
                    "forbidden",
                    "Only user feeds can be followed here; course and instructor " + "follows follow the records.");
        }
        return feed;
    }
}
