package com.peerloop.gateway.feed;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.ActivityEdit;
import com.peerloop.gateway.stream.FeedModels.ActivityPage;
import com.peerloop.gateway.stream.FeedModels.BookmarkBatch;
import com.peerloop.gateway.stream.FeedModels.Comment;
import com.peerloop.gateway.stream.FeedModels.CommentOrder;
import com.peerloop.gateway.stream.FeedModels.CommentPage;
import com.peerloop.gateway.stream.FeedModels.NewActivity;
import com.peerloop.gateway.stream.FeedStore;
import com.peerloop.gateway.webhook.StreamItemDeleted;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@link FeedStore} the gateway uses: Stream's, with pages of feeds shared between readers. Identical
 * concurrent reads make one Stream call, and a page is served again for {@code peerloop.feed.read-freshness}.
 * Callers check access before asking. A write through here makes the pages of the feeds it touches stale:
 * cached ones are dropped, reads already under way are not joined any more and their result is not kept, so
 * a writer's next read goes to Stream. A deletion Stream reports by webhook makes every page stale.
 */
@Primary
@Component
class FeedPages implements FeedStore {

    private record PageKey(String fid, int limit, String next) {}

    /**
     * What a shared read gave: a page, or the failure its readers rethrow. A failure is a value rather than a
     * failed future because Caffeine logs every failed future with its stack trace.
     */
    private record Read(ActivityPage page, RuntimeException failure) {}

    private final FeedStore stream;
    private final boolean keep;
    /** A read under way and a page read within the freshness window are both one entry: its future. */
    private final AsyncCache<PageKey, Read> pages;

    FeedPages(FeedStore stream, FeedProperties properties) {
        this.stream = stream;
        this.keep = !properties.readFreshness().isZero();
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(10_000);
        if (keep) {
            builder.expireAfterWrite(properties.readFreshness());
        }
        this.pages = builder.buildAsync();
    }

    @Override
    public ActivityPage page(Feed feed, int limit, String next) {
        PageKey key = new PageKey(feed.fid(), limit, next);
        CompletableFuture<Read> mine = new CompletableFuture<>();
        CompletableFuture<Read> shared = pages.get(key, (k, executor) -> mine);
        if (shared != mine) {
            Read read = join(shared);
            if (read.failure() != null) {
                throw read.failure();
            }
            return read.page();
        }
        // read on the caller's thread rather than Caffeine's executor: it is the one that waits anyway
        try {
            ActivityPage page = stream.page(feed, limit, next);
            if (!keep) {
                pages.asMap().remove(key, mine);
            }
            mine.complete(new Read(page, null));
            return page;
        } catch (RuntimeException e) {
            pages.asMap().remove(key, mine);
            mine.complete(new Read(null, e));
            throw e;
        }
    }

    @Override
    public Activity add(NewActivity activity) {
        try {
            return stream.add(activity);
        } finally {
            invalidate(activity.feeds().stream().map(Feed::fid).toList());
        }
    }

    @Override
    public Optional<Activity> find(String activityId) {
        return stream.find(activityId);
    }

    @Override
    public void delete(Activity activity) {
        try {
            stream.delete(activity);
        } finally {
            invalidate(activity.feeds());
        }
    }

    @Override
    public void addReaction(Activity activity, String userId, String type) {
        try {
            stream.addReaction(activity, userId, type);
        } finally {
            invalidate(activity.feeds());
        }
    }

    @Override
    public void addReaction(Activity activity, String userId, String type, boolean notify) {
        try {
            stream.addReaction(activity, userId, type, notify);
        } finally {
            invalidate(activity.feeds());
        }
    }

    @Override
    public void deleteReaction(Activity activity, String userId, String type) {
        try {
            stream.deleteReaction(activity, userId, type);
        } finally {
            invalidate(activity.feeds());
        }
    }

    @Override
    public CommentPage comments(String activityId, CommentOrder order, int limit, String next) {
        return stream.comments(activityId, order, limit, next);
    }

    @Override
    public CommentPage replies(String commentId, int limit, String next) {
        return stream.replies(commentId, limit, next);
    }

    @Override
    public Comment addReply(Activity activity, Comment parent, String userId, String text) {
        try {
            return stream.addReply(activity, parent, userId, text);
        } finally {
            invalidate(activity.feeds());
        }
    }

    @Override
    public void addCommentReaction(Activity activity, Comment comment, String userId, String type, boolean notify) {
        try {
            stream.addCommentReaction(activity, comment, userId, type, notify);
        } finally {
            invalidate(activity.feeds());
        }
    }

    @Override
    public void deleteCommentReaction(Activity activity, Comment comment, String userId, String type) {
        try {
            stream.deleteCommentReaction(activity, comment, userId, type);
        } finally {
            invalidate(activity.feeds());
        }
    }

    @Override
    public Activity updateActivity(Activity activity, ActivityEdit edit) {
        try {
            return stream.updateActivity(activity, edit);
        } finally {
            invalidate(activity.feeds());
        }
    }

    @Override
    public Comment updateComment(Activity activity, Comment comment, String text) {
        try {
            return stream.updateComment(activity, comment, text);
        } finally {
            invalidate(activity.feeds());
        }
    }

    @Override
    public Comment addComment(Activity activity, String userId, String text) {
        try {
            return stream.addComment(activity, userId, text);
        } finally {
            invalidate(activity.feeds());
        }
    }

    @Override
    public Comment addComment(Activity activity, String userId, String text, boolean notify) {
        try {
            return stream.addComment(activity, userId, text, notify);
        } finally {
            invalidate(activity.feeds());
        }
    }

    @Override
    public Optional<Comment> findComment(String commentId) {
        return stream.findComment(commentId);
    }

    @Override
    public void deleteComment(Activity activity, String commentId) {
        try {
            stream.deleteComment(activity, commentId);
        } finally {
            invalidate(activity.feeds());
        }
    }

    @Override
    public void follow(Feed source, Feed target) {
        try {
            stream.follow(source, target);
        } finally {
            invalidate(List.of(source.fid()));
        }
    }

    @Override
    public void follow(Feed source, Feed target, boolean notify) {
        try {
            stream.follow(source, target, notify);
        } finally {
            invalidate(List.of(source.fid()));
        }
    }

    @Override
    public void unfollow(Feed source, Feed target) {
        try {
            stream.unfollow(source, target);
        } finally {
            invalidate(List.of(source.fid()));
        }
    }

    @Override
    public List<Activity> pinned(Feed feed) {
        return stream.pinned(feed);
    }

    @Override
    public void pin(Feed feed, Activity activity, String userId) {
        try {
            stream.pin(feed, activity, userId);
        } finally {
            invalidate(List.of(feed.fid()));
        }
    }

    @Override
    public void unpin(Feed feed, String activityId, String userId) {
        try {
            stream.unpin(feed, activityId, userId);
        } finally {
            invalidate(List.of(feed.fid()));
        }
    }

    /** Bookmarks change nothing a page shows (whether the caller bookmarked an activity is added per caller). */
    @Override
    public void addBookmark(Activity activity, String userId) {
        stream.addBookmark(activity, userId);
    }

    @Override
    public boolean hasBookmark(String activityId, String userId) {
        return stream.hasBookmark(activityId, userId);
    }

    @Override
    public boolean deleteBookmark(String activityId, String userId) {
        return stream.deleteBookmark(activityId, userId);
    }

    @Override
    public BookmarkBatch bookmarks(String userId, int limit, String next) {
        return stream.bookmarks(userId, limit, next);
    }

    /** Stream deleted something the gateway did not: the event does not say which feeds, so all go. */
    @EventListener
    void onStreamDeletion(StreamItemDeleted deletion) {
        pages.asMap().clear();
    }

    /** The feeds' pages are stale: the next read of any of them goes to Stream. */
    private void invalidate(Collection<String> fids) {
        Set<String> stale = Set.copyOf(fids);
        pages.asMap().keySet().removeIf(k -> stale.contains(k.fid()));
    }

    private static Read join(CompletableFuture<Read> leader) {
        try {
            return leader.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a shared feed read failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a shared feed read", e);
        }
    }
}
