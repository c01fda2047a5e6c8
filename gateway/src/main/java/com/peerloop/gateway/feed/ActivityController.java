package com.peerloop.gateway.feed;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.feed.FeedViews.ActivityEnvelope;
import com.peerloop.gateway.feed.FeedViews.CommentEnvelope;
import com.peerloop.gateway.feed.FeedViews.CommentPage;
import com.peerloop.gateway.feed.FeedViews.Reaction;
import com.peerloop.gateway.feed.FeedViews.ReactionEnvelope;
import com.peerloop.gateway.stream.FeedModels.CommentOrder;
import com.peerloop.gateway.web.Identifier;
import com.peerloop.gateway.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** One activity, its reactions and comments; and comment deletion. */
@RestController
class ActivityController {

    private final ActivityService activities;

    ActivityController(ActivityService activities) {
        this.activities = activities;
    }

    @GetMapping("/api/activities/{activityId}")
    ActivityEnvelope get(@PathVariable @Identifier String activityId, @AuthenticationPrincipal PeerLoopUser user) {
        return new ActivityEnvelope(activities.get(user, activityId));
    }

    @DeleteMapping("/api/activities/{activityId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable @Identifier String activityId, @AuthenticationPrincipal PeerLoopUser user) {
        activities.delete(user, activityId);
    }

    @PostMapping("/api/activities/{activityId}/reactions")
    @ResponseStatus(HttpStatus.CREATED)
    ReactionEnvelope react(
            @PathVariable @Identifier String activityId,
            @Valid @RequestBody FeedRequests.NewReaction body,
            @AuthenticationPrincipal PeerLoopUser user) {
        activities.react(user, activityId, body.type());
        return new ReactionEnvelope(new Reaction(activityId, body.type(), user.id()));
    }

    @DeleteMapping("/api/activities/{activityId}/reactions/{type}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unreact(
            @PathVariable @Identifier String activityId,
            @PathVariable @Pattern(regexp = "^[a-z_]{1,32}$", message = "must be 1-32 of [a-z_]") String type,
            @AuthenticationPrincipal PeerLoopUser user) {
        activities.unreact(user, activityId, type);
    }

    /** Top-level comments; {@code sort}: {@code newest} (default), {@code oldest} or {@code top} (most reactions). */
    @GetMapping("/api/activities/{activityId}/comments")
    CommentPage comments(
            @PathVariable @Identifier String activityId,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) @Size(max = 1024) @Pattern(regexp = FeedController.CURSOR) String next,
            @RequestParam(defaultValue = "newest")
                    @Pattern(regexp = "^(newest|oldest|top)$", message = "must be newest, oldest or top")
                    String sort,
            @AuthenticationPrincipal PeerLoopUser user) {
        var page = activities.comments(user, activityId, order(sort), limit, next);
        return new CommentPage(page.comments(), page.next());
    }

    private static CommentOrder order(String sort) {
        return switch (sort) {
            case "newest" -> CommentOrder.NEWEST;
            case "oldest" -> CommentOrder.OLDEST;
            case "top" -> CommentOrder.TOP;
            default -> throw Problems.validation("sort", "must be newest, oldest or top");
        };
    }

    @PostMapping("/api/activities/{activityId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    CommentEnvelope comment(
            @PathVariable @Identifier String activityId,
            @Valid @RequestBody FeedRequests.NewComment body,
            @AuthenticationPrincipal PeerLoopUser user) {
        return new CommentEnvelope(activities.comment(user, activityId, body.text(), body.mentions()));
    }

    @DeleteMapping("/api/comments/{commentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteComment(@PathVariable @Identifier String commentId, @AuthenticationPrincipal PeerLoopUser user) {
        activities.deleteComment(user, commentId);
    }
}
