package com.peerloop.gateway.feed;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.feed.FeedViews.ActivityPage;
import com.peerloop.gateway.web.Identifier;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's bookmarks: add, remove, list. */
@RestController
class BookmarkController {

    private final BookmarkService bookmarks;

    BookmarkController(BookmarkService bookmarks) {
        this.bookmarks = bookmarks;
    }

    @PutMapping("/api/activities/{activityId}/bookmark")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void add(@PathVariable @Identifier String activityId, @AuthenticationPrincipal PeerLoopUser user) {
        bookmarks.add(user, activityId);
    }

    @DeleteMapping("/api/activities/{activityId}/bookmark")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable @Identifier String activityId, @AuthenticationPrincipal PeerLoopUser user) {
        bookmarks.remove(user, activityId);
    }

    @GetMapping("/api/bookmarks")
    ActivityPage list(
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) @Size(max = 1024) @Pattern(regexp = FeedController.CURSOR) String next,
            @AuthenticationPrincipal PeerLoopUser user) {
        var page = bookmarks.list(user, limit, next);
        return new ActivityPage(page.activities(), page.next());
    }
}
