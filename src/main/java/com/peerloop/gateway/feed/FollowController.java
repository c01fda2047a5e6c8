package com.peerloop.gateway.feed;

import jakarta.validation.Valid;

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

import com.peerloop.gateway.access.Feed;
import com.peerloop.gateway.access.FeedGroup;
import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.feed.FeedViews.Follow;
import com.peerloop.gateway.feed.FeedViews.FollowEnvelope;
import com.peerloop.gateway.stream.FeedStore;
import com.peerloop.gateway.web.Problems;

/**
 * The caller's timeline following other users' feeds. Course and instructor follows come from the
 * records only, so asking for one here is refused.
 */
@RestController
class FollowController {

    private static final Logger log = LoggerFactory.getLogger(FollowController.class);

    private final FeedStore store;
    private final FeedPages pages;

    FollowController(FeedStore store, FeedPages pages) {
        this.store = store;
        this.pages = pages;
    }

    @PostMapping("/api/follows")
    @ResponseStatus(HttpStatus.CREATED)
    FollowEnvelope follow(@Valid @RequestBody FeedRequests.NewFollow body, @AuthenticationPrincipal PeerLoopUser user) {
        Follow follow = followOf(user, body.target(), "target");
        store.follow(follow.source(), follow.target());
        pages.invalidate(java.util.List.of(follow.source()));
        log.info("follow added: {} -> {}", follow.source(), follow.target());
        return new FollowEnvelope(follow);
    }

    @DeleteMapping("/api/follows/{target}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unfollow(@PathVariable String target, @AuthenticationPrincipal PeerLoopUser user) {
        Follow follow = followOf(user, target, "target");
        store.unfollow(follow.source(), follow.target());
        pages.invalidate(java.util.List.of(follow.source()));
        log.info("follow removed: {} -> {}", follow.source(), follow.target());
    }

    private static Follow followOf(PeerLoopUser user, String target, String field) {
        Feed feed = Feed.parse(target)
                .orElseThrow(() -> Problems.validation(field, "must be user:{id} with a valid id"));
        if (feed.group() != FeedGroup.USER) {
            throw Problems.forbidden("forbidden", "Only user feeds can be followed here; course and instructor "
                    + "follows follow the records.");
        }
        return new Follow(new Feed(FeedGroup.TIMELINE, user.id()).fid(), feed.fid());
    }
}
