package com.peerloop.gateway.feed;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.peerloop.gateway.access.Feed;
import com.peerloop.gateway.stream.FeedModels.ActivityPage;
import com.peerloop.gateway.stream.FeedStore;
import com.peerloop.gateway.webhook.StreamItemDeleted;

/**
 * Pages of feeds read from Stream, shared between readers: identical concurrent reads make one Stream
 * call, and a page is served again for {@code peerloop.feed.read-freshness}. Callers check access before
 * asking. A write makes the feed's pages stale: cached ones are dropped, reads already under way are not
 * joined any more and their result is not kept, so a writer's next read goes to Stream. A deletion
 * Stream reports by webhook makes every page stale.
 */
@Component
class FeedPages {

    private record PageKey(String fid, int limit, String next) {}

    /**
     * What a shared read gave: a page, or the failure its readers rethrow. A failure is a value rather than a
     * failed future because Caffeine logs every failed future with its stack trace.
     */
    private record Read(ActivityPage page, RuntimeException failure) {}

    private final FeedStore store;
    private final boolean keep;
    /** A read under way and a page read within the freshness window are both one entry: its future. */
    private final AsyncCache<PageKey, Read> pages;

    FeedPages(FeedStore store, FeedProperties properties) {
        this.store = store;
        this.keep = !properties.readFreshness().isZero();
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(10_000);
        if (keep) {
            builder.expireAfterWrite(properties.readFreshness());
        }
        this.pages = builder.buildAsync();
    }

    ActivityPage page(Feed feed, int limit, String next) {
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
            ActivityPage page = store.page(feed, limit, next);
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

    /** The feeds' pages are stale: the next read of any of them goes to Stream. */
    void invalidate(Collection<String> fids) {
        Set<String> stale = Set.copyOf(fids);
        pages.asMap().keySet().removeIf(k -> stale.contains(k.fid()));
    }

    /** Every page is stale, e.g. after Stream reported a deletion the gateway did not make. */
    void invalidateAll() {
        pages.asMap().clear();
    }

    /** Stream deleted something the gateway did not: the event does not say which feeds, so all go. */
    @EventListener
    void onStreamDeletion(StreamItemDeleted deletion) {
        invalidateAll();
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
