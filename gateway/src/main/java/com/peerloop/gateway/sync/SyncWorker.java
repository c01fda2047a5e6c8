package com.peerloop.gateway.sync;

import com.peerloop.gateway.records.RecordChanged;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The outbox worker: every {@code poll-interval}, and at once when this instance commits a record change,
 * runs {@link SyncBatch} rounds on its own thread ({@link SyncExecutors}) back to back while batches come
 * back full, once the feed groups are provisioned. One round at a time; a wake-up during a round makes
 * another follow it. Off when {@code worker-enabled} is false. Stopping claims nothing new and waits for
 * the round under way.
 */
@Component
class SyncWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SyncWorker.class);

    private final SyncBatch batch;
    private final FeedGroupProvisioning provisioning;
    private final SyncProperties properties;
    private final TaskExecutor rounds;
    private final AsyncTaskExecutor appliers;
    private final String owner = "w-" + UUID.randomUUID().toString().substring(0, 13);
    /** Held while a round runs, so that stopping can wait for it. */
    private final ReentrantLock round = new ReentrantLock();

    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean running;

    SyncWorker(
            SyncBatch batch,
            FeedGroupProvisioning provisioning,
            SyncProperties properties,
            @Qualifier("syncRounds") TaskExecutor rounds,
            @Qualifier("syncAppliers") AsyncTaskExecutor appliers) {
        this.batch = batch;
        this.provisioning = provisioning;
        this.properties = properties;
        this.rounds = rounds;
        this.appliers = appliers;
    }

    @Override
    public void start() {
        if (!properties.workerEnabled() || running) {
            return;
        }
        running = true;
        log.info(
                "sync worker started: owner={} batchSize={} concurrency={}",
                owner,
                properties.batchSize(),
                properties.concurrency());
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        try {
            if (round.tryLock(10, TimeUnit.SECONDS)) {
                round.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("sync worker stopped: owner={}", owner);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Scheduled(fixedRateString = "${peerloop.sync.poll-interval}")
    void poll() {
        wake();
    }

    /** Wakes the worker after a local record change, so that its intents are applied without waiting for a poll. */
    @TransactionalEventListener
    void recordCommitted(RecordChanged change) {
        wake();
    }

    private void wake() {
        wanted.set(true);
        if (running && queued.compareAndSet(false, true)) {
            try {
                rounds.execute(this::roundsWhileWanted);
            } catch (TaskRejectedException e) {
                // the context is closing: what is due stays in the outbox for the next poll or instance
                queued.set(false);
            }
        }
    }

    private void roundsWhileWanted() {
        do {
            round.lock();
            try {
                while (running && wanted.getAndSet(false)) {
                    drainWhileFull();
                }
            } finally {
                round.unlock();
            }
            queued.set(false);
            // a wake-up between the last look at "wanted" and "queued" being cleared found a round queued
        } while (running && wanted.get() && queued.compareAndSet(false, true));
    }

    private void drainWhileFull() {
        try {
            while (running && provisioning.ready() && batch.drain(owner, appliers) == properties.batchSize()) {
                // a full batch: more may be due at once
            }
        } catch (RuntimeException e) {
            log.warn(
                    "sync worker round failed: owner={} error={}",
                    owner,
                    e.getClass().getSimpleName());
        }
    }
}
