package com.peerloop.gateway.sync;

import com.peerloop.gateway.retry.RetrySchedule;
import com.peerloop.gateway.stream.StreamFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * One round of the worker: claims a batch (see {@link SyncOutbox#claim}), applies its intents in parallel
 * with no database transaction open, deletes the applied ones and reschedules the failed ones with
 * backoff, parking an intent as failed after {@code max-attempts} tries.
 */
@Component
class SyncBatch {

    private static final Logger log = LoggerFactory.getLogger(SyncBatch.class);

    private record Result(SyncIntent intent, String error, Duration retryAfter, boolean tried) {}

    private final SyncOutbox outbox;
    private final IntentApplier applier;
    private final SyncMetrics metrics;
    private final SyncProperties properties;
    private final Clock clock;
    private final RetrySchedule retries;

    SyncBatch(SyncOutbox outbox, IntentApplier applier, SyncMetrics metrics, SyncProperties properties, Clock clock) {
        this.outbox = outbox;
        this.applier = applier;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
        this.retries = new RetrySchedule(properties.baseBackoff(), properties.maxBackoff(), properties.maxAttempts());
    }

    /** Claims and applies one batch as {@code owner} on {@code pool}; returns its size. */
    int drain(String owner, AsyncTaskExecutor pool) {
        Instant claimedAt = clock.instant();
        List<SyncIntent> batch = outbox.claim(owner, properties.batchSize(), claimedAt, properties.lease());
        if (batch.isEmpty()) {
            return 0;
        }
        // past half the lease, an intent is handed back untried rather than risk another instance taking it over
        Instant handBackAfter = claimedAt.plus(properties.lease().dividedBy(2));
        List<Future<Result>> futures = new ArrayList<>(batch.size());
        for (SyncIntent intent : batch) {
            futures.add(pool.submitCompletable(() ->
                    clock.instant().isAfter(handBackAfter) ? new Result(intent, null, null, false) : apply(intent)));
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
                reschedule(result, owner);
            }
        }
        outbox.done(done, owner);
        outbox.release(handedBack, owner);
        return batch.size();
    }

    private Result apply(SyncIntent intent) {
        try {
            IntentApplier.Outcome outcome = applier.apply(intent);
            metrics.applied(outcome);
            log.debug(
                    "sync intent {}: id={} action={} user={} feed={}",
                    outcome,
                    intent.id(),
                    intent.action(),
                    intent.userId(),
                    intent.fid());
            return new Result(intent, null, null, true);
        } catch (StreamFailure e) {
            boolean rateLimited = e.kind() == StreamFailure.Kind.RATE_LIMITED;
            return new Result(intent, e.kind().code(), rateLimited ? e.retryAfter() : null, true);
        } catch (RuntimeException e) {
            return new Result(intent, e.getClass().getSimpleName(), null, true);
        }
    }

    private void reschedule(Result result, String owner) {
        SyncIntent intent = result.intent();
        RetrySchedule.Next next = retries.afterFailure(intent.attempts(), result.retryAfter());
        boolean park = next.park();
        Duration wait = next.delay();
        outbox.failed(intent.id(), owner, park, clock.instant().plus(wait), result.error());
        metrics.failed(park);
        if (park) {
            log.warn(
                    "sync intent parked as failed: id={} action={} user={} feed={} attempts={} error={}",
                    intent.id(),
                    intent.action(),
                    intent.userId(),
                    intent.fid(),
                    intent.attempts(),
                    result.error());
        } else {
            log.info(
                    "sync intent failed, will retry: id={} action={} user={} feed={} attempt={} error={} retryIn={}",
                    intent.id(),
                    intent.action(),
                    intent.userId(),
                    intent.fid(),
                    intent.attempts(),
                    result.error(),
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
}
