package com.peerloop.gateway.stream;

import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.Actor;
import com.peerloop.gateway.stream.NotificationModels.GatewayNotification;
import com.peerloop.gateway.stream.NotificationModels.Marks;
import com.peerloop.gateway.stream.NotificationModels.NotificationGroup;
import com.peerloop.gateway.stream.NotificationModels.NotificationPage;
import com.peerloop.gateway.stream.NotificationModels.NotificationStatus;
import io.getstream.models.ActivityResponse;
import io.getstream.models.AggregatedActivityResponse;
import io.getstream.models.GetOrCreateFeedRequest;
import io.getstream.models.GetOrCreateFeedResponse;
import io.getstream.models.MarkActivityRequest;
import io.getstream.models.NotificationStatusResponse;
import io.getstream.models.PagerRequest;
import io.getstream.services.Feeds;
import io.getstream.services.framework.StreamSDKClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@link NotificationStore} on the Stream SDK. A read of the aggregated {@code notification} group answers
 * {@code aggregated_activities} and {@code notification_status}; SDK 4.1.1's group model has no
 * {@code is_read}/{@code is_seen}, so they are derived from the status: a group is read when nothing is unread,
 * when the status lists it among {@code read_activities}, or when {@code mark_all_read} came after its last
 * activity ({@code last_read_at}); seen likewise.
 */
@Component
class SdkNotificationStore implements NotificationStore {

    private static final int SHOWN = 5;
    private static final PagerRequest FEWEST = PagerRequest.builder().limit(1).build();

    private final Feeds feeds;
    private final StreamCalls calls;
    private final SdkFeedStore feedStore;

    SdkNotificationStore(StreamSDKClient client, StreamCalls calls, SdkFeedStore feedStore) {
        this.feeds = client.feeds();
        this.calls = calls;
        this.feedStore = feedStore;
    }

    @Override
    public NotificationPage page(String userId, int limit, String next) {
        GetOrCreateFeedResponse response = read(userId, limit, next);
        NotificationStatusResponse status = response.getNotificationStatus();
        List<NotificationGroup> groups = new ArrayList<>();
        if (response.getAggregatedActivities() != null) {
            for (AggregatedActivityResponse group : response.getAggregatedActivities()) {
                group(group, status).ifPresent(groups::add);
            }
        }
        String cursor = response.getNext() == null || response.getNext().isBlank() ? null : response.getNext();
        return new NotificationPage(groups, counts(status), cursor);
    }

    @Override
    public NotificationStatus status(String userId) {
        return counts(read(userId, 1, null).getNotificationStatus());
    }

    @Override
    public void markRead(String userId, Marks marks) {
        mark(
                userId,
                MarkActivityRequest.builder()
                        .markAllRead(marks.all() ? Boolean.TRUE : null)
                        .markRead(marks.all() ? null : marks.groupIds())
                        .userID(userId)
                        .build());
    }

    @Override
    public void markSeen(String userId, Marks marks) {
        mark(
                userId,
                MarkActivityRequest.builder()
                        .markAllSeen(marks.all() ? Boolean.TRUE : null)
                        .markSeen(marks.all() ? null : marks.groupIds())
                        .userID(userId)
                        .build());
    }

    /**
     * An activity of the notification's type in the recipient's feed, its text the text that mentioned or replied,
     * {@code custom} naming the activity (and comment) it is about. Stream's add-activity has no
     * {@code create_notification_activity} in SDK 4.1.1, and {@code mentioned_user_ids} is not sent, so that Stream
     * writes no notification of its own beside this one.
     */
    @Override
    public void write(GatewayNotification notification) {
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("activityId", notification.activityId());
        if (notification.commentId() != null) {
            custom.put("commentId", notification.commentId());
        }
        feedStore.add(new FeedModels.NewActivity(
                List.of(feed(notification.recipientId())),
                notification.type().streamType(),
                notification.text(),
                List.of(),
                custom,
                notification.actorId()));
    }

    private void mark(String userId, MarkActivityRequest request) {
        Feed feed = feed(userId);
        // a mark needs the feed to exist: a user who never had a notification may still mark all read
        feedStore.ensureFeeds(List.of(feed));
        calls.execute(
                "markActivity",
                () -> feeds.markActivity(feed.group().id(), feed.id(), request).execute());
    }

    private GetOrCreateFeedResponse read(String userId, int limit, String next) {
        Feed feed = feed(userId);
        var request = GetOrCreateFeedRequest.builder()
                .userID(userId)
                .limit(limit)
                .next(next)
                .followersPagination(FEWEST)
                .followingPagination(FEWEST)
                .memberPagination(FEWEST)
                .build();
        return calls.read(
                "getOrCreateFeed",
                () -> feeds.getOrCreateFeed(feed.group().id(), feed.id(), request)
                        .execute());
    }

    private static Feed feed(String userId) {
        return new Feed(FeedGroup.NOTIFICATION, userId);
    }

    private static Optional<NotificationGroup> group(
            AggregatedActivityResponse group, NotificationStatusResponse status) {
        List<ActivityResponse> activities = group.getActivities() == null
                ? List.of()
                : group.getActivities().stream()
                        .sorted(Comparator.comparing(
                                ActivityResponse::getCreatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                        .toList();
        if (activities.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> type = NotificationTypes.contractType(activities.get(0).getType());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        List<Activity> latest =
                activities.stream().limit(SHOWN).map(SdkModels::activity).toList();
        Map<String, Actor> actors = new LinkedHashMap<>();
        activities.stream()
                .map(SdkModels::activity)
                .map(Activity::actor)
                .filter(actor -> actor != null && actor.id() != null)
                .forEach(actor -> actors.putIfAbsent(actor.id(), actor));
        Instant updatedAt = instant(group.getUpdatedAt());
        return Optional.of(new NotificationGroup(
                group.getGroup(),
                type.get(),
                group.getActivityCount() == null ? activities.size() : group.getActivityCount(),
                group.getUserCount() == null ? actors.size() : group.getUserCount(),
                actors.values().stream().limit(SHOWN).toList(),
                latest,
                marked(group.getGroup(), updatedAt, status, true),
                marked(group.getGroup(), updatedAt, status, false),
                updatedAt));
    }

    private static boolean marked(String key, Instant updatedAt, NotificationStatusResponse status, boolean read) {
        if (status == null) {
            return false;
        }
        Integer open = read ? status.getUnread() : status.getUnseen();
        List<String> listed = read ? status.getReadActivities() : status.getSeenActivities();
        Instant all = instant(read ? status.getLastReadAt() : status.getLastSeenAt());
        return (open != null && open == 0)
                || (listed != null && listed.contains(key))
                || (all != null && updatedAt != null && !updatedAt.isAfter(all));
    }

    private static NotificationStatus counts(NotificationStatusResponse status) {
        if (status == null) {
            return new NotificationStatus(0, 0);
        }
        return new NotificationStatus(
                status.getUnread() == null ? 0 : status.getUnread(),
                status.getUnseen() == null ? 0 : status.getUnseen());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
