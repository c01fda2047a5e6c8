package com.peerloop.gateway.feed;

import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.Comment;
import java.util.List;

/** Response bodies of the feed endpoints: the feed models as they are, in the contract's envelopes. */
final class FeedViews {

    private FeedViews() {}

    record ActivityPage(List<Activity> activities, String next) {}

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
