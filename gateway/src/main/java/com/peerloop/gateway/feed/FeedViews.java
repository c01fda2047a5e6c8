package com.peerloop.gateway.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.Comment;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Response bodies of the feed endpoints: the feed models as they are, in the contract's envelopes. */
final class FeedViews {

    private FeedViews() {}

    record ActivityPage(List<Activity> activities, String next) {}

    /** A feed page; {@code pinned} (newest pin first) only on the first page, left out of later ones. */
    record FeedPage(
            List<Activity> activities,

            @Schema(
                    description = "The feed's pinned activities, newest pin first (at most 5); only on the first"
                            + " page (a request without next), left out of later pages.",
                    requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            @JsonInclude(JsonInclude.Include.NON_NULL)
            List<Activity> pinned,

            String next) {}

    record ActivityEnvelope(Activity activity) {}

    record CommentPage(List<Comment> comments, String next) {}

    record CommentEnvelope(Comment comment) {}

    record Reaction(String activityId, String type, String userId) {}

    record ReactionEnvelope(Reaction reaction) {}

    record CommentReaction(String commentId, String type, String userId) {}

    record CommentReactionEnvelope(CommentReaction reaction) {}

    record Follow(String source, String target) {}

    record FollowEnvelope(Follow follow) {}
}
