package com.peerloop.gateway.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.peerloop.gateway.stream.FeedModels;

/** Response bodies of the feed endpoints. */
final class FeedViews {

    private FeedViews() {}

    record Actor(String id, String name, String image) {
        static Actor of(FeedModels.Actor actor) {
            return actor == null ? null : new Actor(actor.id(), actor.name(), actor.image());
        }
    }

    record Activity(String id, List<String> feeds, String type, String text, List<String> attachments,
            Map<String, Object> custom, Actor actor, Instant createdAt, Map<String, Integer> reactionCounts,
            int commentCount) {
        static Activity of(FeedModels.Activity a) {
            return new Activity(a.id(), a.feeds(), a.type(), a.text(), a.attachments(), a.custom(),
                    Actor.of(a.actor()), a.createdAt(), a.reactionCounts(), a.commentCount());
        }
    }

    record Comment(String id, String activityId, String text, Actor actor, Instant createdAt) {
        static Comment of(FeedModels.Comment c) {
            return new Comment(c.id(), c.activityId(), c.text(), Actor.of(c.actor()), c.createdAt());
        }
    }

    record ActivityPage(List<Activity> activities, String next) {}

    record ActivityEnvelope(Activity activity) {}

    record CommentPage(List<Comment> comments, String next) {}

    record CommentEnvelope(Comment comment) {}

    record Reaction(String activityId, String type, String userId) {}

    record ReactionEnvelope(Reaction reaction) {}

    record Follow(String source, String target) {}

    record FollowEnvelope(Follow follow) {}
}
