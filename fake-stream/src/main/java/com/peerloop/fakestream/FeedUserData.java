package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The feed data a user owns, as DeleteFeedUserData removes and ExportFeedUserData exports it (spec operations:
 * "feeds, activities, follows, comments, feed reactions, bookmark folders, bookmarks, and collections owned by the
 * user"; docs activity-feeds/docs/&lt;lang&gt;/gdpr: follows where the user owns the source or the target feed).
 * A feed is the user's when they created it ({@code created_by}). The fake stores no bookmarks or collections.
 * Runs under the state lock, when the task completes.
 */
final class FeedUserData {

    private FeedUserData() {}

    /**
     * Removes the user's feeds (with their members and marks), the follows from or to them, the user's memberships
     * of other feeds and the user's activity reactions; activities and comments by the user are soft-deleted, or
     * removed with {@code hardDelete} (spec DeleteFeedUserDataRequest.hard_delete: "hard delete instead of a soft
     * delete"). Reactions are removed either way: the fake has no soft-deleted reaction. Other users' content on
     * the user's activities stays (unverified).
     */
    static void delete(FakeStreamState state, String userId, boolean hardDelete, Instant at) {
        for (String fid : ownedFeeds(state, userId)) {
            state.follows().removeInvolving(fid);
            state.feeds().removeMembers(fid);
            state.activities().removeMarks(fid);
            state.feeds().remove(fid);
        }
        state.feeds().all().forEach(feed -> state.feeds().removeMember(feed.fid(), userId));
        for (StoredActivity activity : state.activities().all()) {
            for (StoredReaction reaction : state.activities().reactions(activity.id())) {
                if (reaction.userId().equals(userId)) {
                    state.activities().removeReaction(reaction.activityId(), reaction.type(), userId);
                }
            }
        }
        for (StoredActivity activity : state.activities().all()) {
            if (!userId.equals(activity.userId())) {
                continue;
            }
            if (hardDelete) {
                state.activities().remove(activity.id());
            } else if (!activity.isDeleted()) {
                state.activities().put(activity.deleted(at));
            }
        }
        for (StoredComment comment : state.comments().all()) {
            if (!userId.equals(comment.userId())) {
                continue;
            }
            if (hardDelete) {
                state.comments().remove(comment.id());
            } else if (!comment.isDeleted()) {
                state.comments().put(comment.deleted(at));
            }
        }
    }

    /**
     * The user's data as one JSON document (the content behind the export task's {@code result.url}): {@code user},
     * {@code feeds}, {@code follows}, {@code activities}, {@code comments}, {@code reactions}, each item rendered as
     * the API renders it. The docs list what is exported (user data, feeds, follows, activities, comments,
     * reactions, ...); the file's layout is unverified. Soft-deleted activities and comments are left out
     * (unverified).
     */
    static ObjectNode export(FakeStreamState state, String userId) {
        ObjectNode data = Json.object();
        StoredUser user = state.users()
                .get(userId)
                .orElseThrow(() -> StreamError.notFound("user " + userId + " no longer exists"));
        data.set("user", UserJson.fullUser(user));
        Set<String> owned = ownedFeeds(state, userId);
        var feeds = data.putArray("feeds");
        owned.forEach(fid -> feeds.add(FeedJson.feed(state, fid)));
        var follows = data.putArray("follows");
        state.follows().all().stream()
                .filter(follow -> owned.contains(follow.source()) || owned.contains(follow.target()))
                .forEach(follow -> follows.add(FeedJson.follow(state, follow)));
        var activities = data.putArray("activities");
        var reactions = data.putArray("reactions");
        for (StoredActivity activity : state.activities().all()) {
            if (userId.equals(activity.userId()) && !activity.isDeleted()) {
                activities.add(ActivityJson.activity(state, activity));
            }
            state.activities().reactions(activity.id()).stream()
                    .filter(reaction -> reaction.userId().equals(userId))
                    .forEach(reaction -> reactions.add(ActivityJson.reaction(state, reaction)));
        }
        var comments = data.putArray("comments");
        state.comments().all().stream()
                .filter(comment -> userId.equals(comment.userId()) && !comment.isDeleted())
                .forEach(comment -> comments.add(CommentJson.comment(state, comment)));
        return data;
    }

    private static Set<String> ownedFeeds(FakeStreamState state, String userId) {
        List<StoredFeed> feeds = state.feeds().all();
        return feeds.stream()
                .filter(feed -> userId.equals(feed.createdBy()))
                .map(StoredFeed::fid)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
