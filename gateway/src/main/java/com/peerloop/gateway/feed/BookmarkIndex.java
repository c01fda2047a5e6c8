package com.peerloop.gateway.feed;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.peerloop.gateway.stream.FeedModels.Activity;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gateway's own index of the bookmarks Stream holds. Feed pages are shared between readers, so whether the
 * caller bookmarked an activity is answered from here, with one query per answer, never a Stream call per
 * activity. Written after Stream accepted a bookmark, removed after Stream removed it.
 */
@Component
class BookmarkIndex {

    private final BookmarkRepository bookmarks;
    private final Clock clock;
    /** Who bookmarked anything: a reader outside it gets {@code bookmarked: false} without a query. */
    private final LoadingCache<Boolean, Set<String>> bookmarkers;

    BookmarkIndex(BookmarkRepository bookmarks, Clock clock, FeedProperties properties) {
        this.bookmarks = bookmarks;
        this.clock = clock;
        this.bookmarkers = Caffeine.newBuilder()
                .maximumSize(1)
                .expireAfterWrite(properties.bookmarkersTtl())
                .build(any -> Set.copyOf(bookmarks.bookmarkers()));
    }

    @Transactional(readOnly = true)
    boolean has(String userId, String activityId) {
        return bookmarks.existsById(new Bookmark.Key(userId, activityId));
    }

    /** Adds the row; a concurrent or earlier add of the same bookmark keeps the first. */
    @Transactional
    void add(String userId, String activityId) {
        bookmarks.insertIfAbsent(userId, activityId, clock.instant());
        bookmarkers.invalidateAll();
    }

    @Transactional
    void remove(String userId, String activityId) {
        bookmarks.deleteById(new Bookmark.Key(userId, activityId));
    }

    /**
     * The activities as this user sees them: {@code bookmarked} set from the index. Not a transaction of its
     * own: most readers bookmarked nothing and are answered without the database, and the one query runs in the
     * repository's.
     */
    List<Activity> mark(String userId, List<Activity> activities) {
        if (activities.isEmpty() || !bookmarkers.get(Boolean.TRUE).contains(userId)) {
            return activities;
        }
        Set<String> bookmarked = bookmarks.bookmarkedAmong(
                userId, activities.stream().map(Activity::id).distinct().toList());
        return activities.stream()
                .map(activity -> activity.withBookmarked(bookmarked.contains(activity.id())))
                .toList();
    }

    Activity mark(String userId, Activity activity) {
        return mark(userId, List.of(activity)).get(0);
    }
}
