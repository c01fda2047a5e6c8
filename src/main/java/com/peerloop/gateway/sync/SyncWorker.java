package com.peerloop.gateway.sync;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.peerloop.gateway.records.RecordChanged;

/**
 * The outbox worker's thread: once the feed groups are provisioned, runs {@link SyncBatch} rounds back to
 * back while batches come back full, sleeps {@code poll-interval} otherwise, and wakes at once when this
 * instance commits a record change. Off when {@code worker-enabled} is false.
 */
@Component
class SyncWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SyncWorker.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final SyncBatch batch;
    private final FeedGroupProvisioning provisioning;
    private final SyncProperties properties;
    private final String owner = "w-" + UUID.randomUUID().toString().substring(0, 13);
    private final Object wakeUp = new Object();
    private volatile boolean running;
    private boolean nudged;
    private Thread loop;
    private ExecutorService appliers;

    SyncWorker(SyncBatch batch, FeedGroupProvisioning provisioning, SyncProperties properties) {
        this.batch = batch;
        this.provisioning = provisioning;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (!properties.workerEnabled() || running) {
            return;
        }
        running = true;
        appliers = Executors.newFixedThreadPool(properties.concurrency(),
                r -> daemon(r, "sync-apply-" + THREADS.incrementAndGet()));
        loop = daemon(this::run, "sync-worker");
        loop.start();
        log.info("sync worker started: owner={} batchSize={} concurrency={}", owner, properties.batchSize(),
                properties.concurrency());
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        nudge();
        try {
            loop.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        appliers.shutdownNow();
        log.info("sync worker stopped: owner={}", owner);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Wakes the worker after a local record change, so that its intents are applied without waiting for a poll. */
    @TransactionalEventListener
    void recordCommitted(RecordChanged change) {
        nudge();
    }

    private void nudge() {
        synchronized (wakeUp) {
            nudged = true;
            wakeUp.notifyAll();
        }
    }

    private void run() {
        while (running) {
            try {
                if (!provisioning.ready() || batch.drain(owner, appliers) < properties.batchSize()) {
                    idle();
                }
            } catch (RuntimeException e) {
                log.warn("sync worker round failed: owner={} error={}", owner, e.getClass().getSimpleName());
                idle();
            }
        }
    }

    private void idle() {
        synchronized (wakeUp) {
            if (!nudged && running) {
                try {
                    wakeUp.wait(properties.pollInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            nudged = false;
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
