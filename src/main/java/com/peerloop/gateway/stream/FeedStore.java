package com.peerloop.gateway.stream;

import java.util.Optional;

import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.ActivityPage;
import com.peerloop.gateway.stream.FeedModels.Comment;
import com.peerloop.gateway.stream.FeedModels.CommentPage;
import com.peerloop.gateway.stream.FeedModels.NewActivity;

/**
 * Stream's feeds, activities, reactions, comments and follows, as the gateway uses them. Failures are
 * {@link StreamFailure}s; an unknown item is an empty optional or a {@code NOT_FOUND} failure.
 */
public interface FeedStore {

    /** A page of the feed {@code group:id}, newest first. */
    ActivityPage page(String group, String id, int limit, String next);

    Activity add(NewActivity activity);

    Optional<Activity> find(String activityId);

    void delete(String activityId);

    void addReaction(String activityId, String userId, String type);

    void deleteReaction(String activityId, String userId, String type);

    CommentPage comments(String activityId, int limit, String next);

    Comment addComment(String activityId, String userId, String text);

    Optional<Comment> findComment(String commentId);

    void deleteComment(String commentId);

    /** {@code source} (e.g. {@code timeline:u1}) follows {@code target} (e.g. {@code user:u2}). */
    void follow(String source, String target);

    void unfollow(String source, String target);
}
