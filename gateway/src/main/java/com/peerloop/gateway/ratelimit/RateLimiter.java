package com.peerloop.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.NopeOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.delay.DelayOptimization;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Per-user token buckets (capacity = the per-minute limit, refilled smoothly over a minute) kept in
 * PostgreSQL by Bucket4j, so every instance draws on the same allowance.
 * <p>
 * Each instance keeps a local copy of a busy user's bucket and admits from it without a database visit
 * until it has admitted {@code unsynchronized} requests or {@code syncInterval} has passed; the next request
 * then writes what was admitted to the shared bucket and reads it back (Bucket4j's delaying optimization).
 * Refusals of a user whose local copy is empty cost no database visit either. While unsynchronized, each
 * other instance may admit up to that many requests the shared bucket has not seen: the worst burst is
 * {@code limit + (instances - 1) × unsynchronized} per user and allowance, and the shared bucket is charged
 * for all of it afterwards (it goes into debt), so the rate over longer windows still holds.
 */
@Component
class RateLimiter {

    private final ProxyManager<String> buckets;
    private final RateLimitProperties properties;
    private final TimeMeter time;
    private final Cache<String, Bucket> local = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(5))
            .build();

    RateLimiter(ProxyManager<String> buckets, RateLimitProperties properties, TimeMeter rateLimitTime) {
        this.buckets = buckets;
        this.properties = properties;
        this.time = rateLimitTime;
    }

    /** Takes one request from the user's allowance, if there is one left. */
    Decision consume(String userId, Quota quota) {
        int limit = properties.perMinute(quota);
        // the limit is part of the key: a changed limit starts fresh buckets instead of reusing old state
        String key = quota.key() + ":" + limit + ":" + userId;
        Bucket bucket = local.get(
                key,
                k -> buckets.builder().withOptimization(optimization(quota)).build(k, () -> configuration(limit)));
        return Decision.of(limit, bucket.tryConsumeAndReturnRemaining(1));
    }

    private Optimization optimization(Quota quota) {
        long unsynchronized = properties.unsynchronized(quota);
        if (unsynchronized == 0) {
            return Optimization.NONE_OPTIMIZED;
        }
        return new DelayOptimization(
                new DelayParameters(unsynchronized, properties.syncInterval()),
                NopeOptimizationListener.INSTANCE,
                time);
    }

    private static BucketConfiguration configuration(int perMinute) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }
}
