package com.peerloop.gateway.feed;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.safety.Blocks;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.BookmarkBatch;
import com.peerloop.gateway.stream.FeedStore;
import com.peerloop.gateway.stream.StreamUserProfile;
import com.peerloop.gateway.stream.StreamUsers;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Bookmarks: kept in Stream, mirrored in the gateway's {@link BookmarkIndex}, listed from Stream with only what
 * the caller may read now.
 */
@Service
class BookmarkService {

    /** Most bookmarks read from Stream at once (Stream's QueryBookmarks allows up to 100). */
    static final int MAX_BATCH = 100;

    private static final int MIN_BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(BookmarkService.class);

    private final ActivityAccess access;
    private final FeedStore store;
    private final StreamUsers users;
    private final BookmarkIndex index;

    private final Blocks blocks;

    BookmarkService(ActivityAccess access, FeedStore store, StreamUsers users, BookmarkIndex index, Blocks blocks) {
        this.blocks = blocks;
        this.access = access;
        this.store = store;
        this.users = users;
        this.index = index;
    }

    /**
     * Idempotent: an activity the caller has bookmarked already is left as it is. Without an index row Stream
     * is asked first, so that a bookmark Stream holds but the index lost is indexed again rather than sent twice.
     */
    void add(PeerLoopUser user, String activityId) {
        Activity activity = access.readable(user, activityId);
        if (index.has(user.id(), activityId)) {
            return;
        }
        if (!store.hasBookmark(activityId, user.id())) {
            users.ensure(new StreamUserProfile(user.id(), user.name(), user.picture()));
            store.addBookmark(activity, user.id());
            log.info("bookmark added: activity={} user={}", activityId, user.id());
        }
        index.add(user.id(), activityId);
    }

    /** Idempotent: without an index row Stream is asked whether it still holds the bookmark. */
    void remove(PeerLoopUser user, String activityId) {
        access.readable(user, activityId);
        if (index.has(user.id(), activityId) || store.hasBookmark(activityId, user.id())) {
            if (store.deleteBookmark(activityId, user.id())) {
                log.info("bookmark removed: activity={} user={}", activityId, user.id());
            }
        }
        index.remove(user.id(), activityId);
    }

    /**
     * Up to {@code limit} bookmarked activities the caller may read now, newest bookmark first, leaving out those
     * of users the caller has blocked. Stream lists all of the caller's bookmarks, so batches are read until the
     * page is full or Stream has no more.
     */
    Page list(PeerLoopUser user, int limit, String next) {
        java.util.Set<String> blocked = blocks.blockedBy(user.id());
        BookmarkCursor cursor = next == null || next.isEmpty()
                ? new BookmarkCursor(Math.min(MAX_BATCH, Math.max(limit, MIN_BATCH)), 0, null)
                : BookmarkCursor.decode(next);
        String streamNext = cursor.streamNext();
        int skip = cursor.skip();
        List<Activity> page = new ArrayList<>();
        while (true) {
            BookmarkBatch batch = store.bookmarks(user.id(), cursor.batch(), streamNext);
            List<Activity> items = batch.activities();
            int at = Math.min(skip, items.size());
            for (; at < items.size() && page.size() < limit; at++) {
                Activity item = items.get(at);
                if (!BlockedAuthors.hides(blocked, item.actor()) && access.mayRead(user, item)) {
                    page.add(items.get(at).withBookmarked(true));
                }
            }
            if (at < items.size()) {
                return new Page(page, new BookmarkCursor(cursor.batch(), at, streamNext).encode());
            }
            if (batch.next() == null) {
                return new Page(page, null);
            }
            if (page.size() == limit) {
                return new Page(page, new BookmarkCursor(cursor.batch(), 0, batch.next()).encode());
            }
            streamNext = batch.next();
            skip = 0;
        }
    }

    record Page(List<Activity> activities, String next) {}
}
