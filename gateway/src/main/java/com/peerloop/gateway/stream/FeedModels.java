package com.peerloop.gateway.stream;

import com.peerloop.gateway.ids.Feed;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The gateway's own view of Stream's feed data, so that no SDK type leaves this package. */
public final class FeedModels {

    private FeedModels() {}

    /** Who wrote something, as Stream enriches it. */
    public record Actor(String id, String name, String image) {}

    /** An activity to add to these feeds. */
    public record NewActivity(
            List<Feed> feeds,
            String type,
            String text,
            List<String> attachments,
            Map<String, Object> custom,
            String actorId) {}

    /** An activity as Stream holds it; {@code feeds} are its {@code group:id} references. */
    public record Activity(
            String id,
            List<String> feeds,
            String type,
            String text,
            List<String> attachments,
            Map<String, Object> custom,
            Actor actor,
            Instant createdAt,
            Map<String, Integer> reactionCounts,
            int commentCount,
            Instant editedAt,
            boolean bookmarked) {

        /** This activity as seen by a caller who has (or has not) bookmarked it. */
        public Activity withBookmarked(boolean bookmarked) {
            return bookmarked == this.bookmarked
                    ? this
                    : new Activity(
                            id,
                            feeds,
                            type,
                            text,
                            attachments,
                            custom,
                            actor,
                            createdAt,
                            reactionCounts,
                            commentCount,
                            editedAt,
                            bookmarked);
        }
    }

    /**
     * One page of a feed, newest first; {@code next} is Stream's cursor, null on the last page. {@code pinned}
     * are the feed's pinned activities, newest pin first, as Stream answers them with every page.
     */
    public record ActivityPage(List<Activity> activities, String next, List<Activity> pinned) {

        public ActivityPage {
            pinned = pinned == null ? List.of() : List.copyOf(pinned);
        }

        /** A page of a feed without pins. */
        public ActivityPage(List<Activity> activities, String next) {
            this(activities, next, List.of());
        }
    }

    /**
     * One batch of a user's bookmarked activities, newest bookmark first, as Stream lists them; {@code next} is
     * Stream's cursor, null after the last batch. Activities Stream no longer has are left out.
     */
    public record BookmarkBatch(List<Activity> activities, String next) {}

    /** A comment; {@code parentId} names the comment it replies to, null for a top-level comment. */
    public record Comment(
            String id,
            String activityId,
            String text,
            Actor actor,
            Instant createdAt,
            String parentId,
            int replyCount,
            Map<String, Integer> reactionCounts,
            Instant editedAt) {}

    public record CommentPage(List<Comment> comments, String next) {}

    /** The orders a list of comments can be read in. */
    public enum CommentOrder {
        NEWEST,
        OLDEST,
        /** Most reactions first. */
        TOP
    }

    /**
     * An author's change to an activity: each non-null field replaces the activity's; null ones stay as they are.
     */
    public record ActivityEdit(String text, List<String> attachments, Map<String, Object> custom) {}
}
