package com.peerloop.gateway.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.peerloop.gateway.records.RecordChanged;
import com.peerloop.gateway.web.ApiProblemException;

/**
 * Applies the outbox's intents: claims a batch (see {@link SyncOutbox#claim}), applies its intents in
 * parallel with no database transaction open, deletes the applied ones and reschedules the failed ones
 * with backoff, parking an intent as failed after {@code max-attempts} tries. Sleeps {@code poll-interval}
 * when idle, and wakes at once when this instance commits a record change.
 */
@Component
class SyncWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SyncWorker.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final SyncOutbox outbox;
    private final IntentApplier applier;
    private final FeedGroupProvisioning provisioning;
    private final SyncMetrics metrics;
    private final SyncProperties properties;
    private final Clock clock;
    private final String owner = "w-" + UUID.randomUUID().toString().substring(0, 13);
    private final Object wakeUp = new Object();
    private volatile boolean running;
    private boolean nudged;
    private Thread loop;
    private ExecutorService appliers;

    SyncWorker(SyncOutbox outbox, IntentApplier applier, FeedGroupProvisioning provisioning, SyncMetrics metrics,
            SyncProperties properties, Clock clock) {
        this.outbox = outbox;
        this.applier = applier;
        this.provisioning = provisioning;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
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
                if (!provisioning.ready() || drainOnce() < properties.batchSize()) {
                    idle();
                }
            } catch (RuntimeException e) {
                log.warn("sync worker round failed: owner={} error={}", owner, e.getClass().getSimpleName());
                idle();
            }
        }
    }

    /** Claims and applies one batch; returns its size. */
    int drainOnce() {
        Instant claimedAt = clock.instant();
        List<SyncIntent> batch = outbox.claim(owner, properties.batchSize(), claimedAt, properties.lease());
        if (batch.isEmpty()) {
            return 0;
        }
        // past half the lease, an intent is handed back untried rather than risk another instance taking it over
        Instant handBackAfter = claimedAt.plus(properties.lease().dividedBy(2));
        List<Future<Result>> futures = new ArrayList<>(batch.size());
        for (SyncIntent intent : batch) {
            futures.add(appliers.submit(() -> clock.instant().isAfter(handBackAfter)
                    ? new Result(intent, null, null, false) : applyOne(intent)));
        }
        List<Long> done = new ArrayList<>(batch.size());
        List<Long> handedBack = new ArrayList<>();
        for (Future<Result> future : futures) {
            Result result = await(future);
            if (!result.tried()) {
                handedBack.add(result.intent().id());
            } else if (result.error() == null) {
                done.add(result.intent().id());
            } else {
                reschedule(result);
            }
        }
        outbox.done(done, owner);
        outbox.release(handedBack, owner);
        return batch.size();
    }

    private record Result(SyncIntent intent, String error, Duration retryAfter, boolean tried) {}

    private Result applyOne(SyncIntent intent) {
        try {
            IntentApplier.Outcome outcome = applier.apply(intent);
            metrics.applied(outcome);
            log.debug("sync intent {}: id={} action={} user={} feed={}", outcome, intent.id(), intent.action(),
                    intent.userId(), intent.fid());
            return new Result(intent, null, null, true);
        } catch (ApiProblemException e) {
            boolean rateLimited = e.status().value() == 429;
            return new Result(intent, e.code(), rateLimited ? e.retryAfter() : null, true);
        } catch (RuntimeException e) {
            return new Result(intent, e.getClass().getSimpleName(), null, true);
        }
    }

    private void reschedule(Result result) {
        SyncIntent intent = result.intent();
        boolean park = intent.attempts() >= properties.maxAttempts();
        Duration wait = Backoff.after(intent.attempts(), properties.baseBackoff(), properties.maxBackoff());
        if (result.retryAfter() != null && result.retryAfter().compareTo(wait) > 0) {
            wait = result.retryAfter();
        }
        outbox.failed(intent.id(), owner, park, clock.instant().plus(wait), result.error());
        metrics.failed(park);
        if (park) {
            log.warn("sync intent parked as failed: id={} action={} user={} feed={} attempts={} error={}",
                    intent.id(), intent.action(), intent.userId(), intent.fid(), intent.attempts(), result.error());
        } else {
            log.info("sync intent failed, will retry: id={} action={} user={} feed={} attempt={} error={} retryIn={}",
                    intent.id(), intent.action(), intent.userId(), intent.fid(), intent.attempts(), result.error(),
                    wait);
        }
    }

    private static Result await(Future<Result> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while applying intents", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("applying an intent failed unexpectedly", e.getCause());
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
