package com.peerloop.gateway.privacy;

import com.peerloop.gateway.retry.RetrySchedule;
import com.peerloop.gateway.stream.StreamFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works on due jobs at a fixed rate, as the webhook effect poller does with its events: claims them (see
 * {@link UserJobs#claim}) and runs each on from the step it reached ({@link ErasureSteps}, {@link ExportSteps}). A failed attempt makes
 * the job due again after an exponential backoff with jitter, until {@code max-attempts} failures of one step,
 * when it is parked as failed. A job whose instance stopped half-way is resumed when its lease ends. Off when
 * {@code worker-enabled} is false. Also drops export documents kept past their time.
 */
@Component
class UserJobWorker {

    private static final Logger log = LoggerFactory.getLogger(UserJobWorker.class);
    private static final int BATCH = 10;

    private final UserJobs jobs;
    private final ErasureSteps erasures;
    private final ExportSteps exports;
    private final UserJobMetrics metrics;
    private final PrivacyProperties properties;
    private final Clock clock;
    private final RetrySchedule retries;
    private final String owner = "uj-" + UUID.randomUUID().toString().substring(0, 13);
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile boolean storeDown;

    UserJobWorker(
            UserJobs jobs,
            ErasureSteps erasures,
            ExportSteps exports,
            UserJobMetrics metrics,
            PrivacyProperties properties,
            Clock clock) {
        this.jobs = jobs;
        this.erasures = erasures;
        this.exports = exports;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
        this.retries = new RetrySchedule(properties.baseBackoff(), properties.maxBackoff(), properties.maxAttempts());
    }

    /** One round: batches back to back while they come back full. Rounds never overlap on an instance. */
    @Scheduled(fixedRateString = "${peerloop.privacy.poll-interval}")
    void poll() {
        if (!properties.workerEnabled() || !polling.compareAndSet(false, true)) {
            return;
        }
        try {
            List<UserJob> batch;
            do {
                batch = jobs.claim(owner, BATCH, clock.instant(), properties.lease());
                batch.forEach(this::run);
            } while (batch.size() == BATCH);
            if (storeDown) {
                storeDown = false;
                log.info("user job worker reaches the database again: owner={}", owner);
            }
        } catch (DataAccessException e) {
            if (!storeDown) {
                storeDown = true;
                log.warn(
                        "user job worker cannot reach the database; claimed jobs are resumed when their lease ends: "
                                + "owner={} error={}",
                        owner,
                        e.getClass().getSimpleName());
            }
        } finally {
            polling.set(false);
        }
    }

    @Scheduled(fixedDelay = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES, initialDelay = 1)
    void purgeExpiredDocuments() {
        try {
            int purged = jobs.purgeExpired(clock.instant());
            if (purged > 0) {
                log.info("expired export documents dropped: count={}", purged);
            }
        } catch (DataAccessException e) {
            log.warn(
                    "expired export documents not dropped, tried again later: error={}",
                    e.getClass().getSimpleName());
        }
    }

    private void run(UserJob job) {
        try {
            if (job.kind() == UserJob.Kind.ERASE) {
                erasures.run(job, owner);
            } else {
                exports.run(job, owner);
            }
        } catch (StreamFailure e) {
            failed(job, e.kind().code(), e.retryAfter());
        } catch (StreamTasks.TaskFailed e) {
            failed(job, "stream_task_failed", null);
        } catch (DataAccessException e) {
            failed(job, "database_unavailable", null);
        } catch (RuntimeException e) {
            log.error("user job step failed unexpectedly: jobId={} kind={}", job.id(), job.kind(), e);
            failed(job, e.getClass().getSimpleName(), null);
        }
    }

    private void failed(UserJob job, String error, Duration retryAfter) {
        // the job as claimed: a step completed in this attempt has reset its count in the table
        UserJob now = jobs.find(job.id()).orElse(job);
        int attempts = now.attempts() + 1;
        RetrySchedule.Next next = retries.afterFailure(attempts, retryAfter);
        boolean park = next.park();
        Duration wait = next.delay();
        Instant at = clock.instant();
        jobs.failed(job.id(), owner, park, attempts, at.plus(wait), error, at);
        metrics.failed(job.kind(), park);
        if (park) {
            log.error(
                    "user job parked as failed: jobId={} kind={} step={} attempts={} error={}",
                    job.id(),
                    job.kind(),
                    now.step() + 1,
                    attempts,
                    error);
        } else {
            log.warn(
                    "user job step failed, tried again later: jobId={} kind={} step={} attempt={} error={} retryIn={}",
                    job.id(),
                    job.kind(),
                    now.step() + 1,
                    attempts,
                    error,
                    wait);
        }
    }
}
