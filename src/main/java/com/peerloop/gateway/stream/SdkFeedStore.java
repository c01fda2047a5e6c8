package com.peerloop.gateway.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import io.getstream.models.AddActivityReactionRequest;
import io.getstream.models.AddActivityRequest;
import io.getstream.models.AddCommentRequest;
import io.getstream.models.Attachment;
import io.getstream.models.DeleteActivityReactionRequest;
import io.getstream.models.FollowRequest;
import io.getstream.models.GetCommentsRequest;
import io.getstream.models.GetOrCreateFeedRequest;
import io.getstream.services.Feeds;
import io.getstream.services.framework.StreamSDKClient;

import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.ActivityPage;
import com.peerloop.gateway.stream.FeedModels.Comment;
import com.peerloop.gateway.stream.FeedModels.CommentPage;
import com.peerloop.gateway.stream.FeedModels.NewActivity;

/** {@link FeedStore} on the Stream SDK. */
@Component
class SdkFeedStore implements FeedStore {

    private static final java.util.Set<String> PERSONAL_GROUPS = java.util.Set.of("user", "timeline", "notification");

    private final Feeds feeds;
    private final StreamCalls calls;
    /** Feeds known to exist in Stream: writes to a feed need it to exist, so a first write creates it. */
    private final Cache<String, Boolean> existing = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    SdkFeedStore(StreamSDKClient client, StreamCalls calls) {
        this.feeds = client.feeds();
        this.calls = calls;
    }

    /**
     * Creates those of the feeds ({@code group:id}) not yet known to exist. A personal feed (user,
     * timeline, notification) is created by its owner, any other by {@code userId}.
     */
    void ensureFeeds(List<String> fids, String userId) {
        for (String fid : fids) {
            if (existing.getIfPresent(fid) == null) {
                int colon = fid.indexOf(':');
                String group = fid.substring(0, colon);
                String creator = PERSONAL_GROUPS.contains(group) ? fid.substring(colon + 1) : userId;
                var request = GetOrCreateFeedRequest.builder().userID(creator).limit(1).build();
                calls.read("getOrCreateFeed",
                        () -> feeds.getOrCreateFeed(fid.substring(0, colon), fid.substring(colon + 1), request)
                                .execute());
                existing.put(fid, Boolean.TRUE);
            }
        }
    }

    @Override
    public ActivityPage page(String group, String id, String viewerId, int limit, String next) {
        var request = GetOrCreateFeedRequest.builder().userID(viewerId).limit(limit).next(next).build();
        var response = calls.read("getOrCreateFeed", () -> feeds.getOrCreateFeed(group, id, request).execute());
        existing.put(group + ":" + id, Boolean.TRUE);
        List<Activity> activities = response.getActivities() == null ? List.of()
                : response.getActivities().stream().map(SdkModels::activity).toList();
        return new ActivityPage(activities, blankToNull(response.getNext()));
    }

    @Override
    public Activity add(NewActivity activity) {
        List<Attachment> attachments = activity.attachments() == null || activity.attachments().isEmpty() ? null
                : activity.attachments().stream().map(url -> Attachment.builder().type("link").assetUrl(url).build())
                        .toList();
        var request = AddActivityRequest.builder()
                .type(activity.type())
                .feeds(activity.feeds())
                .text(activity.text())
                .userID(activity.actorId())
                .attachments(attachments)
                .custom(activity.custom() == null || activity.custom().isEmpty() ? null : activity.custom())
                .build();
        ensureFeeds(activity.feeds(), activity.actorId());
        return SdkModels.activity(calls.execute("addActivity", () -> feeds.addActivity(request).execute())
                .getActivity());
    }

    @Override
    public Optional<Activity> find(String activityId) {
        return calls.find("getActivity", () -> feeds.getActivity(activityId).execute())
                .map(r -> r.getActivity())
                .filter(a -> a != null && a.getDeletedAt() == null)
                .map(SdkModels::activity);
    }

    @Override
    public void delete(String activityId) {
        calls.execute("deleteActivity", () -> feeds.deleteActivity(activityId).execute());
    }

    @Override
    public void addReaction(String activityId, String userId, String type) {
        var request = AddActivityReactionRequest.builder().type(type).userID(userId).enforceUnique(true).build();
        calls.execute("addReaction", () -> feeds.addActivityReaction(activityId, request).execute());
    }

    @Override
    public void deleteReaction(String activityId, String userId, String type) {
        var request = DeleteActivityReactionRequest.builder().UserID(userId).build();
        calls.execute("deleteReaction", () -> feeds.deleteActivityReaction(activityId, type, request).execute());
    }

    @Override
    public CommentPage comments(String activityId, int limit, String next) {
        var request = GetCommentsRequest.builder().ObjectID(activityId).ObjectType("activity").Limit(limit)
                .Next(next).build();
        var response = calls.read("getComments", () -> feeds.getComments(request).execute());
        List<Comment> comments = response.getComments() == null ? List.of()
                : response.getComments().stream().filter(c -> c.getDeletedAt() == null).map(SdkModels::comment).toList();
        return new CommentPage(comments, blankToNull(response.getNext()));
    }

    @Override
    public Comment addComment(String activityId, String userId, String text) {
        var request = AddCommentRequest.builder().comment(text).objectID(activityId).objectType("activity")
                .userID(userId).build();
        return SdkModels.comment(calls.execute("addComment", () -> feeds.addComment(request).execute()).getComment());
    }

    @Override
    public Optional<Comment> findComment(String commentId) {
        return calls.find("getComment", () -> feeds.getComment(commentId).execute())
                .map(r -> r.getComment())
                .filter(c -> c != null && c.getDeletedAt() == null)
                .map(SdkModels::comment);
    }

    @Override
    public void deleteComment(String commentId) {
        calls.execute("deleteComment", () -> feeds.deleteComment(commentId).execute());
    }

    @Override
    public void follow(String source, String target) {
        var request = FollowRequest.builder().source(source).target(target).build();
        ensureFeeds(List.of(source, target), null);
        calls.execute("follow", () -> feeds.follow(request).execute());
    }

    @Override
    public void unfollow(String source, String target) {
        calls.execute("unfollow", () -> feeds.unfollow(source, target).execute());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static Map<String, Object> orEmpty(Map<String, Object> map) {
        return map == null ? Map.of() : map;
    }
}
