package com.peerloop.gateway.ratelimit;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;

/**
 * Drops bucket rows of users who have been quiet long enough for their allowance to be full again (a
 * missing row and a full bucket mean the same). Runs on its own thread so that no other scheduled work
 * can delay it or be delayed by it.
 */
@Component
class ExpiredBucketCleaner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpiredBucketCleaner.class);
    private static final long EVERY_MINUTES = 10;
    private static final int BATCH = 1000;
    private static final int MAX_BATCHES = 20;

    private final ExpiredEntriesCleaner buckets;
    private ScheduledExecutorService executor;

    ExpiredBucketCleaner(ExpiredEntriesCleaner buckets) {
        this.buckets = buckets;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rate-limit-cleaner");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::clean, EVERY_MINUTES, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    void clean() {
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
            log.warn("expired rate limit buckets not removed: error={}", e.getClass().getSimpleName());
        }
    }
}
