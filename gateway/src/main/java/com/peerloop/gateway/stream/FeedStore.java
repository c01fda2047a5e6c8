package com.peerloop.gateway.stream;

import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.ActivityEdit;
import com.peerloop.gateway.stream.FeedModels.ActivityPage;
import com.peerloop.gateway.stream.FeedModels.BookmarkBatch;
import com.peerloop.gateway.stream.FeedModels.Comment;
import com.peerloop.gateway.stream.FeedModels.CommentOrder;
import com.peerloop.gateway.stream.FeedModels.CommentPage;
import com.peerloop.gateway.stream.FeedModels.NewActivity;
import java.util.List;
import java.util.Optional;

/**
 * Stream's feeds, activities, reactions, comments and follows, as the gateway uses them. Failures are
 * {@link StreamFailure}s; an unknown item is an empty optional or a {@code NOT_FOUND} failure.
 * A write to an activity or its comments names the activity as read before it, so that what wraps the
 * store knows which feeds the write touches.
 */
public interface FeedStore {

    /** A page of the feed, newest first. */
    ActivityPage page(Feed feed, int limit, String next);

    Activity add(NewActivity activity);

    Optional<Activity> find(String activityId);

    void delete(Activity activity);

    default void addReaction(Activity activity, String userId, String type) {
        addReaction(activity, userId, type, false);
    }

    /** Adds a reaction; with {@code notify} Stream writes the activity's author a {@code reaction} notification. */
    void addReaction(Activity activity, String userId, String type, boolean notify);

    void deleteReaction(Activity activity, String userId, String type);

    /** A page of the activity's top-level comments, newest first. */
    default CommentPage comments(String activityId, int limit, String next) {
        return comments(activityId, CommentOrder.NEWEST, limit, next);
    }

    /** A page of the activity's top-level comments in this order. */
    CommentPage comments(String activityId, CommentOrder order, int limit, String next);

    /** A page of the direct replies to a comment, oldest first. */
    CommentPage replies(String commentId, int limit, String next);

    default Comment addComment(Activity activity, String userId, String text) {
        return addComment(activity, userId, text, false);
    }

    /** Adds a comment; with {@code notify} Stream writes the activity's author a {@code comment} notification. */
    Comment addComment(Activity activity, String userId, String text, boolean notify);

    Optional<Comment> findComment(String commentId);

    /** A reply to {@code parent}, a comment on the activity. */
    Comment addReply(Activity activity, Comment parent, String userId, String text);

    /** The user's reaction of this type on a comment of the activity; at most one reaction per user and comment. */
    void addCommentReaction(Activity activity, Comment comment, String userId, String type, boolean notify);

    void deleteCommentReaction(Activity activity, Comment comment, String userId, String type);

    /** Applies an author's edit to the activity and marks it edited; answers the activity as it now is. */
    Activity updateActivity(Activity activity, ActivityEdit edit);

    /** Replaces the text of a comment on the activity and marks it edited; answers the comment as it now is. */
    Comment updateComment(Activity activity, Comment comment, String text);

    /** Deletes a comment on the activity. */
    void deleteComment(Activity activity, String commentId);

    /** {@code source} (e.g. {@code timeline:u1}) follows {@code target} (e.g. {@code user:u2}). */
    default void follow(Feed source, Feed target) {
        follow(source, target, false);
    }

    /** A follow; with {@code notify} Stream writes the followed feed's owner a {@code follow} notification. */
    void follow(Feed source, Feed target, boolean notify);

    void unfollow(Feed source, Feed target);

    /** The feed's pinned activities, newest pin first, read from Stream now (never from a shared page). */
    List<Activity> pinned(Feed feed);

    /** Pins the activity (which must be in the feed) to the feed on behalf of {@code userId}. */
    void pin(Feed feed, Activity activity, String userId);

    /** Unpins the activity from the feed; a {@code NOT_FOUND} failure when it was not pinned there. */
    void unpin(Feed feed, String activityId, String userId);

    /** Bookmarks the activity for the user. */
    void addBookmark(Activity activity, String userId);

    /** Whether Stream holds the user's bookmark of the activity. */
    boolean hasBookmark(String activityId, String userId);

    /** Removes the user's bookmark of the activity; false when Stream had none. */
    boolean deleteBookmark(String activityId, String userId);

    /** One batch of the user's bookmarks, newest first, of at most {@code limit}; {@code next} from the last. */
    BookmarkBatch bookmarks(String userId, int limit, String next);
}
