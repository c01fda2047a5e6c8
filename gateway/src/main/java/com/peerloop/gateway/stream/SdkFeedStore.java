package com.peerloop.gateway.stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.ActivityEdit;
import com.peerloop.gateway.stream.FeedModels.ActivityPage;
import com.peerloop.gateway.stream.FeedModels.BookmarkBatch;
import com.peerloop.gateway.stream.FeedModels.Comment;
import com.peerloop.gateway.stream.FeedModels.CommentOrder;
import com.peerloop.gateway.stream.FeedModels.CommentPage;
import com.peerloop.gateway.stream.FeedModels.NewActivity;
import io.getstream.models.ActivityResponse;
import io.getstream.models.AddActivityReactionRequest;
import io.getstream.models.AddActivityRequest;
import io.getstream.models.AddBookmarkRequest;
import io.getstream.models.AddCommentReactionRequest;
import io.getstream.models.AddCommentRequest;
import io.getstream.models.AggregatedActivityResponse;
import io.getstream.models.Attachment;
import io.getstream.models.BookmarkResponse;
import io.getstream.models.DeleteActivityReactionRequest;
import io.getstream.models.DeleteBookmarkRequest;
import io.getstream.models.DeleteCommentReactionRequest;
import io.getstream.models.GetCommentRepliesRequest;
import io.getstream.models.GetCommentsRequest;
import io.getstream.models.GetOrCreateFeedRequest;
import io.getstream.models.GetOrCreateFeedResponse;
import io.getstream.models.PagerRequest;
import io.getstream.models.PinActivityRequest;
import io.getstream.models.QueryBookmarksRequest;
import io.getstream.models.SortParamRequest;
import io.getstream.models.ThreadedCommentResponse;
import io.getstream.models.UnpinActivityRequest;
import io.getstream.models.UpdateActivityPartialRequest;
import io.getstream.models.UpdateCommentRequest;
import io.getstream.services.Feeds;
import io.getstream.services.framework.StreamSDKClient;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link FeedStore} on the Stream SDK. */
@Component
class SdkFeedStore implements FeedStore {

    /** The Stream user that creates shared feeds (course, town hall) on the gateway's behalf. */
    static final String SYSTEM_USER = "peerloop-gateway";

    /**
     * A feed read answers the feed's followers, followings and members next to its activities; the gateway
     * serves only the activities, so it asks for the fewest of the others Stream will send.
     */
    private static final PagerRequest FEWEST = PagerRequest.builder().limit(1).build();

    private final Feeds feeds;
    private final FeedPageReader pages;
    private final StreamCalls calls;
    /** Feeds known to exist in Stream: writes to a feed need it to exist, so a first write creates it. */
    private final Cache<String, Boolean> existing = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    private final GatedFeeds gated;
    private final Clock clock;

    SdkFeedStore(StreamSDKClient client, StreamCalls calls, GatedFeeds gated, Clock clock) {
        this.feeds = client.feeds();
        this.pages = new FeedPageReader(client.getHttpClient());
        this.calls = calls;
        this.gated = gated;
        this.clock = clock;
    }

    /** Creates those of the feeds not yet known to exist. */
    void ensureFeeds(List<Feed> toWrite) {
        for (Feed feed : toWrite) {
            if (existing.getIfPresent(feed.fid()) == null) {
                getOrCreate(feed, activitiesOnly(feed).limit(1).build());
            }
        }
    }

    /**
     * Every get-or-create of a flat feed: the same request as the SDK's, read by {@link FeedPageReader} instead of
     * the SDK's model binding (the largest cost of a gated read). The feed exists afterwards, and a gated one
     * Stream holds with another visibility is reported.
     */
    private ActivityPage getOrCreate(Feed feed, GetOrCreateFeedRequest request) {
        var read = calls.readDirect(
                "getOrCreateFeed", () -> pages.read(feed.group().id(), feed.id(), request));
        gated.mismatch(feed, read.visibility());
        existing.put(feed.fid(), Boolean.TRUE);
        return read.page();
    }

    /**
     * A get-or-create that asks for activities only. Should it create the feed, the creator is the one
     * {@link #creatorOf} names and a gated feed is made members-only ({@link GatedFeeds}); Stream ignores
     * {@code data} for a feed that exists.
     */
    static GetOrCreateFeedRequest.GetOrCreateFeedRequestBuilder activitiesOnly(Feed feed) {
        return GetOrCreateFeedRequest.builder()
                .userID(creatorOf(feed))
                .data(GatedFeeds.creationData(feed.group()))
                .followersPagination(FEWEST)
                .followingPagination(FEWEST)
                .memberPagination(FEWEST);
    }

    @Override
    public ActivityPage page(Feed feed, int limit, String next) {
        if (feed.group() == FeedGroup.NOTIFICATION) {
            return notificationPage(feed, limit, next);
        }
        return getOrCreate(feed, activitiesOnly(feed).limit(limit).next(next).build());
    }

    /** The pins of a feed, newest pin first (Stream's order of them is not documented; {@link FeedPageReader}). */
    @Override
    public List<Activity> pinned(Feed feed) {
        return getOrCreate(feed, activitiesOnly(feed).limit(1).build()).pinned();
    }

    @Override
    public void pin(Feed feed, Activity activity, String userId) {
        var request = PinActivityRequest.builder().userID(userId).build();
        calls.execute(
                "pinActivity",
                () -> feeds.pinActivity(feed.group().id(), feed.id(), activity.id(), request)
                        .execute());
    }

    @Override
    public void unpin(Feed feed, String activityId, String userId) {
        var request = UnpinActivityRequest.builder().UserID(userId).build();
        calls.execute(
                "unpinActivity",
                () -> feeds.unpinActivity(feed.group().id(), feed.id(), activityId, request)
                        .execute());
    }

    @Override
    public void addBookmark(Activity activity, String userId) {
        var request = AddBookmarkRequest.builder().userID(userId).build();
        calls.execute(
                "addBookmark", () -> feeds.addBookmark(activity.id(), request).execute());
    }

    @Override
    public boolean deleteBookmark(String activityId, String userId) {
        var request = DeleteBookmarkRequest.builder().UserID(userId).build();
        try {
            calls.execute(
                    "deleteBookmark",
                    () -> feeds.deleteBookmark(activityId, request).execute());
            return true;
        } catch (StreamFailure e) {
            if (e.kind() == StreamFailure.Kind.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean hasBookmark(String activityId, String userId) {
        var request = QueryBookmarksRequest.builder()
                .filter(Map.of("user_id", userId, "activity_id", activityId))
                .limit(1)
                .build();
        var response =
                calls.read("queryBookmarks", () -> feeds.queryBookmarks(request).execute());
        return response.getBookmarks() != null && !response.getBookmarks().isEmpty();
    }

    /** Stream's QueryBookmarks filtered on the user (spec filter field user_id), by descending creation. */
    @Override
    public BookmarkBatch bookmarks(String userId, int limit, String next) {
        var request = QueryBookmarksRequest.builder()
                .filter(Map.of("user_id", userId))
                .sort(List.of(SortParamRequest.builder()
                        .field("created_at")
                        .direction(-1)
                        .build()))
                .limit(limit)
                .next(next)
                .build();
        var response =
                calls.read("queryBookmarks", () -> feeds.queryBookmarks(request).execute());
        List<Activity> activities = response.getBookmarks() == null
                ? List.of()
                : response.getBookmarks().stream()
                        .map(BookmarkResponse::getActivity)
                        .filter(Objects::nonNull)
                        .filter(a -> a.getDeletedAt() == null)
                        .map(a -> SdkModels.activity(a).withBookmarked(true))
                        .toList();
        return new BookmarkBatch(activities, blankToNull(response.getNext()));
    }

    /**
     * A page of a notification feed: its activities, newest group first and newest first within a group. The
     * notification group aggregates (the gateway provisions it so), and Stream answers an aggregated feed's
     * read in {@code aggregated_activities}, paged by groups; whether it also fills {@code activities} is not
     * documented, so those are used only when there are no groups. A page is filled from as many batches of
     * groups as it takes.
     */
    private ActivityPage notificationPage(Feed feed, int limit, String next) {
        NotificationCursor cursor = NotificationCursor.decode(next);
        String streamNext = cursor == null ? null : cursor.streamNext();
        int skip = cursor == null ? 0 : cursor.skip();
        List<Activity> page = new ArrayList<>();
        while (true) {
            var request = activitiesOnly(feed).limit(limit).next(streamNext).build();
            var response = calls.read(
                    "getOrCreateFeed",
                    () -> feeds.getOrCreateFeed(feed.group().id(), feed.id(), request)
                            .execute());
            existing.put(feed.fid(), Boolean.TRUE);
            List<Activity> batch = notifications(response);
            String batchNext = blankToNull(response.getNext());
            int from = Math.min(skip, batch.size());
            int taken = Math.min(limit - page.size(), batch.size() - from);
            page.addAll(batch.subList(from, from + taken));
            if (from + taken < batch.size()) {
                return new ActivityPage(page, new NotificationCursor(streamNext, from + taken).encode());
            }
            if (batchNext == null) {
                return new ActivityPage(page, null);
            }
            if (page.size() == limit) {
                return new ActivityPage(page, new NotificationCursor(batchNext, 0).encode());
            }
            streamNext = batchNext;
            skip = 0;
        }
    }

    private static List<Activity> notifications(GetOrCreateFeedResponse response) {
        List<AggregatedActivityResponse> groups = response.getAggregatedActivities();
        if (groups == null || groups.isEmpty()) {
            return response.getActivities() == null
                    ? List.of()
                    : response.getActivities().stream().map(SdkModels::activity).toList();
        }
        List<Activity> activities = new ArrayList<>();
        for (AggregatedActivityResponse group : groups) {
            if (group.getActivities() != null) {
                group.getActivities().stream()
                        .sorted(Comparator.comparing(
                                ActivityResponse::getCreatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                        .map(SdkModels::activity)
                        .forEach(activities::add);
            }
        }
        return activities;
    }

    @Override
    public Activity add(NewActivity activity) {
        List<Attachment> attachments = activity.attachments() == null
                        || activity.attachments().isEmpty()
                ? null
                : activity.attachments().stream()
                        .map(url ->
                                Attachment.builder().type("link").assetUrl(url).build())
                        .toList();
        var request = AddActivityRequest.builder()
                .type(activity.type())
                .feeds(activity.feeds().stream().map(Feed::fid).toList())
                .text(activity.text())
                .userID(activity.actorId())
                .attachments(attachments)
                .custom(authored(activity.custom()))
                .build();
        ensureFeeds(activity.feeds());
        return SdkModels.activity(
                calls.execute("addActivity", () -> feeds.addActivity(request).execute())
                        .getActivity());
    }

    /** The author's custom data, without the key only the gateway writes ({@link SdkModels#EDITED_AT}). */
    private static Map<String, Object> authored(Map<String, Object> custom) {
        if (custom == null || custom.isEmpty()) {
            return null;
        }
        Map<String, Object> authored = new LinkedHashMap<>(custom);
        authored.remove(SdkModels.EDITED_AT);
        return authored.isEmpty() ? null : authored;
    }

    @Override
    public Optional<Activity> find(String activityId) {
        return calls.find("getActivity", () -> feeds.getActivity(activityId).execute())
                .map(r -> r.getActivity())
                .filter(a -> a != null && a.getDeletedAt() == null)
                .map(SdkModels::activity);
    }

    @Override
    public void delete(Activity activity) {
        calls.execute(
                "deleteActivity", () -> feeds.deleteActivity(activity.id()).execute());
    }

    @Override
    public void addReaction(Activity activity, String userId, String type, boolean notify) {
        var request = AddActivityReactionRequest.builder()
                .type(type)
                .userID(userId)
                .enforceUnique(true)
                .createNotificationActivity(notify ? Boolean.TRUE : null)
                .build();
        calls.execute(
                "addReaction",
                () -> feeds.addActivityReaction(activity.id(), request).execute());
    }

    @Override
    public void deleteReaction(Activity activity, String userId, String type) {
        var request = DeleteActivityReactionRequest.builder().UserID(userId).build();
        calls.execute(
                "deleteReaction",
                () -> feeds.deleteActivityReaction(activity.id(), type, request).execute());
    }

    /**
     * Stream's comment orders {@code last} (newest first), {@code first} (oldest first) and {@code top} (spec
     * GetComments {@code sort}). Stream does not publish how {@code top} ranks, so a page read that way is also
     * ordered by reaction count here, keeping Stream's order among equals; across pages the order is Stream's.
     */
    @Override
    public CommentPage comments(String activityId, CommentOrder order, int limit, String next) {
        var request = GetCommentsRequest.builder()
                .ObjectID(activityId)
                .ObjectType("activity")
                .Sort(streamSort(order))
                .Limit(limit)
                .Next(next)
                .build();
        var response =
                calls.read("getComments", () -> feeds.getComments(request).execute());
        List<Comment> comments = live(response.getComments()).stream()
                .filter(c -> c.parentId() == null)
                .toList();
        if (order == CommentOrder.TOP) {
            comments = comments.stream()
                    .sorted(Comparator.comparingInt(SdkFeedStore::reactionTotal).reversed())
                    .toList();
        }
        return new CommentPage(comments, blankToNull(response.getNext()));
    }

    @Override
    public CommentPage replies(String commentId, int limit, String next) {
        var request = GetCommentRepliesRequest.builder()
                .Sort("first")
                .Limit(limit)
                .Next(next)
                .build();
        var response = calls.read(
                "getCommentReplies",
                () -> feeds.getCommentReplies(commentId, request).execute());
        return new CommentPage(live(response.getComments()), blankToNull(response.getNext()));
    }

    private static List<Comment> live(List<ThreadedCommentResponse> comments) {
        return comments == null
                ? List.of()
                : comments.stream()
                        .filter(c -> c.getDeletedAt() == null)
                        .map(SdkModels::comment)
                        .toList();
    }

    private static String streamSort(CommentOrder order) {
        return switch (order) {
            case NEWEST -> "last";
            case OLDEST -> "first";
            case TOP -> "top";
        };
    }

    private static int reactionTotal(Comment comment) {
        return comment.reactionCounts().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    @Override
    public Comment addComment(Activity activity, String userId, String text, boolean notify) {
        var request = AddCommentRequest.builder()
                .comment(text)
                .objectID(activity.id())
                .objectType("activity")
                .userID(userId)
                .createNotificationActivity(notify ? Boolean.TRUE : null)
                .build();
        return SdkModels.comment(
                calls.execute("addComment", () -> feeds.addComment(request).execute())
                        .getComment());
    }

    @Override
    public Optional<Comment> findComment(String commentId) {
        return calls.find("getComment", () -> feeds.getComment(commentId).execute())
                .map(r -> r.getComment())
                .filter(c -> c != null && c.getDeletedAt() == null)
                .map(SdkModels::comment);
    }

    /** A reply names only its parent: Stream files it under the parent's object (docs: comments, "replies"). */
    @Override
    public Comment addReply(Activity activity, Comment parent, String userId, String text) {
        var request = AddCommentRequest.builder()
                .comment(text)
                .parentID(parent.id())
                .userID(userId)
                .build();
        return SdkModels.comment(
                calls.execute("addComment", () -> feeds.addComment(request).execute())
                        .getComment());
    }

    /** With {@code notify}, Stream writes the comment's author a {@code comment_reaction} notification. */
    @Override
    public void addCommentReaction(Activity activity, Comment comment, String userId, String type, boolean notify) {
        var request = AddCommentReactionRequest.builder()
                .type(type)
                .userID(userId)
                .enforceUnique(true)
                .createNotificationActivity(notify ? Boolean.TRUE : null)
                .build();
        calls.execute(
                "addCommentReaction",
                () -> feeds.addCommentReaction(comment.id(), request).execute());
    }

    @Override
    public void deleteCommentReaction(Activity activity, Comment comment, String userId, String type) {
        var request = DeleteCommentReactionRequest.builder().UserID(userId).build();
        calls.execute(
                "deleteCommentReaction",
                () -> feeds.deleteCommentReaction(comment.id(), type, request).execute());
    }

    /**
     * A partial update ({@code set}) of the fields the edit names, and always of {@code custom}, which carries the
     * edit time under {@link SdkModels#EDITED_AT}: the edit's custom data if it has any, else the activity's.
     */
    @Override
    public Activity updateActivity(Activity activity, ActivityEdit edit) {
        Map<String, Object> set = new LinkedHashMap<>();
        if (edit.text() != null) {
            set.put("text", edit.text());
        }
        if (edit.attachments() != null) {
            set.put(
                    "attachments",
                    edit.attachments().stream()
                            .map(url -> Map.of("type", "link", "asset_url", url))
                            .toList());
        }
        Map<String, Object> custom = new LinkedHashMap<>(edit.custom() == null ? activity.custom() : edit.custom());
        custom.remove(SdkModels.EDITED_AT);
        custom.put(SdkModels.EDITED_AT, editTime());
        set.put("custom", custom);
        var request = UpdateActivityPartialRequest.builder().set(set).build();
        return SdkModels.activity(calls.execute(
                        "updateActivityPartial",
                        () -> feeds.updateActivityPartial(activity.id(), request)
                                .execute())
                .getActivity());
    }

    /**
     * Replaces the comment's text, and its custom data with the edit time under {@link SdkModels#EDITED_AT} (the
     * gateway keeps nothing else in a comment's custom data).
     */
    @Override
    public Comment updateComment(Activity activity, Comment comment, String text) {
        var request = UpdateCommentRequest.builder()
                .comment(text)
                .custom(Map.of(SdkModels.EDITED_AT, editTime()))
                .build();
        return SdkModels.comment(calls.execute(
                        "updateComment",
                        () -> feeds.updateComment(comment.id(), request).execute())
                .getComment());
    }

    /** Now, to the millisecond, as Stream writes its own times. */
    private String editTime() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    @Override
    public void deleteComment(Activity activity, String commentId) {
        calls.execute("deleteComment", () -> feeds.deleteComment(commentId).execute());
    }

    /** Stream's idempotent follow upsert: following again is not an error, whatever a plain follow would answer. */
    @Override
    public void follow(Feed source, Feed target, boolean notify) {
        var request = FollowUpserts.follow(source, target, notify);
        ensureFeeds(List.of(source, target));
        calls.execute(
                "getOrCreateFollows", () -> feeds.getOrCreateFollows(request).execute());
    }

    /** Stream's idempotent unfollow upsert: a follow that is not there is not an error. */
    @Override
    public void unfollow(Feed source, Feed target) {
        var request = FollowUpserts.unfollow(source, target);
        calls.execute(
                "getOrCreateUnfollows",
                () -> feeds.getOrCreateUnfollows(request).execute());
    }

    /**
     * Who creates a feed if a read or write here is the first to touch it: its owner ({@link Feed#owner()}),
     * or for a shared feed the gateway's own system user, never the person who happens to touch it first.
     * The sync worker makes the real people members.
     */
    static String creatorOf(Feed feed) {
        return feed.owner().orElse(SYSTEM_USER);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
