package com.peerloop.gateway.feed;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.feed.FeedViews.ActivityEnvelope;
import com.peerloop.gateway.feed.FeedViews.FeedPage;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.web.Identifier;
import com.peerloop.gateway.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/feeds/{group}/{id}/activities}: read and post in one feed. */
@RestController
class FeedController {

    static final String CURSOR = "^[A-Za-z0-9_\\-=.:+/]*$";

    private final FeedService feeds;

    FeedController(FeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/api/feeds/{group}/{id}/activities")
    FeedPage read(
            @PathVariable String group,
            @PathVariable @Identifier String id,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) @Size(max = 1024) @Pattern(regexp = CURSOR) String next,
            @AuthenticationPrincipal PeerLoopUser user) {
        var page = feeds.read(user, feed(group, id), limit, next);
        return new FeedPage(page.activities(), next == null ? page.pinned() : null, page.next());
    }

    @PostMapping("/api/feeds/{group}/{id}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    ActivityEnvelope post(
            @PathVariable String group,
            @PathVariable @Identifier String id,
            @Valid @RequestBody FeedRequests.NewActivity body,
            @AuthenticationPrincipal PeerLoopUser user) {
        return new ActivityEnvelope(feeds.post(user, feed(group, id), body));
    }

    /** The feed a path names; 404 for an unknown group. */
    static Feed feed(String group, String id) {
        return FeedGroup.parse(group)
                .map(g -> new Feed(g, id))
                .orElseThrow(() -> Problems.notFound("No feed group " + group + "."));
    }
}
