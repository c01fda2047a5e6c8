package com.peerloop.gateway.ratelimit;

import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drops bucket rows of users who have been quiet long enough for their allowance to be full again (a
 * missing row and a full bucket mean the same), every ten minutes.
 */
@Component
class ExpiredBucketCleaner {

    private static final Logger log = LoggerFactory.getLogger(ExpiredBucketCleaner.class);
    private static final int BATCH = 1000;
    private static final int MAX_BATCHES = 20;

    private final ExpiredEntriesCleaner buckets;
    private final AtomicBoolean cleaning = new AtomicBoolean();

    ExpiredBucketCleaner(ExpiredEntriesCleaner buckets) {
        this.buckets = buckets;
    }

    @Scheduled(fixedRate = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
    void clean() {
        if (!cleaning.compareAndSet(false, true)) {
            return;
        }
        try {
            int removed = 0;
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                int n = buckets.removeExpired(BATCH);
                removed += n;
                if (n < BATCH) {
                    break;
                }
            }
            log.debug("expired rate limit buckets removed: count={}", removed);
        } catch (RuntimeException e) {
            log.warn(
                    "expired rate limit buckets not removed: error={}",
                    e.getClass().getSimpleName());
        } finally {
            cleaning.set(false);
        }
    }
}
