package com.peerloop.gateway.feed;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.feed.FeedViews.ActivityEnvelope;
import com.peerloop.gateway.feed.FeedViews.CommentEnvelope;
import com.peerloop.gateway.feed.FeedViews.CommentPage;
import com.peerloop.gateway.feed.FeedViews.CommentReaction;
import com.peerloop.gateway.feed.FeedViews.CommentReactionEnvelope;
import com.peerloop.gateway.web.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Replies, comment reactions, and authors' edits of activities and comments. */
@RestController
class DiscussionController {

    private final DiscussionService discussion;

    DiscussionController(DiscussionService discussion) {
        this.discussion = discussion;
    }

    @PostMapping("/api/comments/{commentId}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    CommentEnvelope reply(
            @PathVariable @Identifier String commentId,
            @Valid @RequestBody FeedRequests.NewReply body,
            @AuthenticationPrincipal PeerLoopUser user) {
        return new CommentEnvelope(discussion.reply(user, commentId, body));
    }

    @GetMapping("/api/comments/{commentId}/replies")
    CommentPage replies(
            @PathVariable @Identifier String commentId,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) @Size(max = 1024) @Pattern(regexp = FeedController.CURSOR) String next,
            @AuthenticationPrincipal PeerLoopUser user) {
        var page = discussion.replies(user, commentId, limit, next);
        return new CommentPage(page.comments(), page.next());
    }

    @PostMapping("/api/comments/{commentId}/reactions")
    @ResponseStatus(HttpStatus.CREATED)
    CommentReactionEnvelope react(
            @PathVariable @Identifier String commentId,
            @Valid @RequestBody FeedRequests.NewReaction body,
            @AuthenticationPrincipal PeerLoopUser user) {
        discussion.react(user, commentId, body.type());
        return new CommentReactionEnvelope(new CommentReaction(commentId, body.type(), user.id()));
    }

    @DeleteMapping("/api/comments/{commentId}/reactions/{type}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unreact(
            @PathVariable @Identifier String commentId,
            @PathVariable @Pattern(regexp = "^[a-z_]{1,32}$", message = "must be 1-32 of [a-z_]") String type,
            @AuthenticationPrincipal PeerLoopUser user) {
        discussion.unreact(user, commentId, type);
    }

    @PatchMapping("/api/activities/{activityId}")
    ActivityEnvelope editActivity(
            @PathVariable @Identifier String activityId,
            @Valid @RequestBody FeedRequests.ActivityEdit body,
            @AuthenticationPrincipal PeerLoopUser user) {
        return new ActivityEnvelope(discussion.editActivity(user, activityId, body));
    }

    @PatchMapping("/api/comments/{commentId}")
    CommentEnvelope editComment(
            @PathVariable @Identifier String commentId,
            @Valid @RequestBody FeedRequests.CommentEdit body,
            @AuthenticationPrincipal PeerLoopUser user) {
        return new CommentEnvelope(discussion.editComment(user, commentId, body.text()));
    }
}
