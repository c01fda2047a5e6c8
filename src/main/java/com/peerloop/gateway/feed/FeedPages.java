package com.peerloop.gateway.feed;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
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

    private final FeedStore store;
    private final Cache<PageKey, ActivityPage> fresh;
    private final Map<PageKey, CompletableFuture<ActivityPage>> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    FeedPages(FeedStore store, FeedProperties properties) {
        this.store = store;
        this.fresh = properties.readFreshness().isZero() ? null : Caffeine.newBuilder()
                .expireAfterWrite(properties.readFreshness())
                .maximumSize(10_000)
                .build();
    }

    ActivityPage page(Feed feed, int limit, String next) {
        PageKey key = new PageKey(feed.fid(), limit, next);
        ActivityPage hit = fresh == null ? null : fresh.getIfPresent(key);
        if (hit != null) {
            return hit;
        }
        CompletableFuture<ActivityPage> mine = new CompletableFuture<>();
        CompletableFuture<ActivityPage> leader = inFlight.putIfAbsent(key, mine);
        if (leader != null) {
            return join(leader);
        }
        long generation = generation(key.fid()).get();
        try {
            ActivityPage page = store.page(feed.group().id(), feed.id(), limit, next);
            if (fresh != null && generation(key.fid()).get() == generation) {
                fresh.put(key, page);
            }
            mine.complete(page);
            return page;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** The feeds' pages are stale: the next read of any of them goes to Stream. */
    void invalidate(Collection<String> fids) {
        for (String fid : fids) {
            generation(fid).incrementAndGet();
            inFlight.keySet().removeIf(k -> k.fid().equals(fid));
            if (fresh != null) {
                fresh.asMap().keySet().removeIf(k -> k.fid().equals(fid));
            }
        }
    }

    /** Every page is stale, e.g. after Stream reported a deletion the gateway did not make. */
    void invalidateAll() {
        generations.values().forEach(AtomicLong::incrementAndGet);
        inFlight.clear();
        if (fresh != null) {
            fresh.invalidateAll();
        }
    }

    /** Stream deleted something the gateway did not: the event does not say which feeds, so all go. */
    @EventListener
    void onStreamDeletion(StreamItemDeleted deletion) {
        invalidateAll();
    }

    private AtomicLong generation(String fid) {
        return generations.computeIfAbsent(fid, f -> new AtomicLong());
    }

    private static ActivityPage join(CompletableFuture<ActivityPage> leader) {
        try {
            return leader.get();
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a shared feed read", e);
        }
    }
}
