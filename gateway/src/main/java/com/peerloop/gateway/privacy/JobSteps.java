package com.peerloop.gateway.privacy;

import com.peerloop.gateway.personaldata.Erasure;
import com.peerloop.gateway.personaldata.PersonalData;
import com.peerloop.gateway.revocation.UserRevocations;
import com.peerloop.gateway.stream.StreamUserData;
import com.peerloop.gateway.stream.StreamUserData.StreamTask;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps of a job, run from the step it reached; each is safe to repeat. A step that waits for a Stream task
 * hands the job back until the task is asked about again; a failure propagates to {@link UserJobWorker}, which
 * retries the step with backoff.
 *
 * <p>Erasure: (1) revoke the user's tokens, (2) remove their records (the outbox removes their follows and
 * memberships at Stream in the same transaction), (3) hard-delete their feed data at Stream, (4) prune the
 * Stream user, (5) delete what the gateway keeps about them (and their exports), (6) pseudonymise them in the
 * audit log, (7) wait {@code erasure-settle} for what Stream's deletions still cause (its webhook events about
 * the user, whose effects write audit entries), (8) steps 5 and 6 again. Export: (1) Stream's export task, (2)
 * every module's export, into one document.
 */
@Component
class JobSteps {

    static final int ERASE_STEPS = 8;
    static final int EXPORT_STEPS = 2;

    private static final Logger log = LoggerFactory.getLogger(JobSteps.class);

    /** A Stream task that finished {@code failed}. */
    static final class TaskFailed extends RuntimeException {
        TaskFailed(String operation) {
            super(operation + " task failed at Stream", null, false, false);
        }
    }

    private final UserJobs jobs;
    private final UserRevocations revocations;
    private final StreamUserData stream;
    private final List<PersonalData> personalData;
    private final Pseudonyms pseudonyms;
    private final PrivacyProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    JobSteps(
            UserJobs jobs,
            UserRevocations revocations,
            StreamUserData stream,
            List<PersonalData> personalData,
            Pseudonyms pseudonyms,
            PrivacyProperties properties,
            JsonMapper json,
            Clock clock) {
        this.jobs = jobs;
        this.revocations = revocations;
        this.stream = stream;
        this.personalData = personalData;
        this.pseudonyms = pseudonyms;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Runs the job on from where it is, as {@code owner}, until it is done or waits for Stream. */
    void run(UserJob job, String owner) {
        if (job.kind() == UserJob.Kind.ERASE) {
            erase(job, owner);
        } else {
            export(job, owner);
        }
    }

    private void erase(UserJob job, String owner) {
        String userId = job.userId();
        Erasure erasure = new Erasure(userId, pseudonyms.of(userId), job.actorId(), job.requestId());
        String taskId = job.taskId();
        for (int step = job.step() + 1; step <= ERASE_STEPS; step++) {
            switch (step) {
                case 1 ->
                    revocations.revokeUserOnce(
                            job.actorId(),
                            userId,
                            job.createdAt(),
                            "erasure of the user's data, job " + job.id(),
                            job.requestId());
                case 2 -> erase(PersonalData.Phase.RECORDS, erasure);
                case 3 -> {
                    if (waiting(job, owner, taskId, "deleteFeedUserData", () -> stream.deleteFeedData(userId))) {
                        return;
                    }
                }
                case 4 -> {
                    if (waiting(job, owner, taskId, "deleteUsers", () -> stream.pruneUser(userId))) {
                        return;
                    }
                }
                case 5 -> eraseKept(job, erasure);
                case 6 -> erase(PersonalData.Phase.AUDIT, erasure);
                case 7 -> {
                    if (settling(job, owner)) {
                        return;
                    }
                }
                default -> {
                    eraseKept(job, erasure);
                    erase(PersonalData.Phase.AUDIT, erasure);
                }
            }
            taskId = null;
            if (!jobs.stepDone(job.id(), owner, step, clock.instant())) {
                return; // another instance has taken the job over
            }
            log.info("erasure step done: jobId={} step={} pseudonym={}", job.id(), step, erasure.pseudonym());
        }
        if (jobs.erasureDone(job.id(), owner, erasure.pseudonym(), clock.instant())) {
            // earlier erasures of the user that were parked as failed name them too
            jobs.pseudonymiseErasures(userId, erasure.pseudonym(), clock.instant());
            log.info("erasure done: jobId={} pseudonym={}", job.id(), erasure.pseudonym());
        }
    }

    private void eraseKept(UserJob job, Erasure erasure) {
        erase(PersonalData.Phase.KEPT, erasure);
        int exports = jobs.deleteExports(erasure.userId());
        log.info("exports of an erased user deleted: jobId={} exports={}", job.id(), exports);
    }

    /**
     * Completes the waiting step at once and hands the job back until the settle time has passed; true when the
     * job was handed back. Without a settle time it goes straight on.
     */
    private boolean settling(UserJob job, String owner) {
        if (properties.erasureSettle().isZero()) {
            return false;
        }
        Instant now = clock.instant();
        if (jobs.stepDone(job.id(), owner, 7, now)) {
            Instant until = now.plus(properties.erasureSettle());
            jobs.waitUntil(job.id(), owner, until, now);
            log.info("erasure waits for Stream's late events: jobId={} until={}", job.id(), until);
        }
        return true;
    }

    private void erase(PersonalData.Phase phase, Erasure erasure) {
        personalData.stream().filter(p -> p.phase() == phase).forEach(p -> p.erase(erasure));
    }

    private void export(UserJob job, String owner) {
        if (job.step() < 1) {
            Map<String, Object> streamPart = new LinkedHashMap<>();
            if (job.taskId() == null) {
                Optional<String> started = stream.exportFeedData(job.userId());
                if (started.isEmpty()) {
                    streamPart.put("known", false);
                    streamPart.put("note", "Stream holds no user with this id, so there is nothing to export there.");
                    if (finishStreamPart(job, owner, streamPart)) {
                        export(job, owner, streamPart);
                    }
                    return;
                }
                if (!jobs.taskStarted(job.id(), owner, started.get(), clock.instant())) {
                    return;
                }
                job = withTask(job, started.get());
            }
            StreamTask task = stream.task(job.taskId());
            if (!finished(job, owner, task, "exportFeedUserData")) {
                return;
            }
            streamPart.put("known", true);
            streamPart.put("taskId", task.id());
            streamPart.put("url", task.result().get("url"));
            streamPart.put("result", task.result());
            // the gateway does not download the file behind url (see the README's export section)
            streamPart.put("content", null);
            streamPart.put(
                    "note",
                    "Stream's export is the file at url, valid for as long as Stream keeps it; the gateway does not"
                            + " download it.");
            if (!finishStreamPart(job, owner, streamPart)) {
                return;
            }
            export(job, owner, streamPart);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = jobs.document(job.id())
                .map(d -> (Map<String, Object>) json.readValue(d, Map.class))
                .orElse(Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> streamPart = (Map<String, Object>) kept.getOrDefault("stream", Map.of());
        export(job, owner, streamPart);
    }

    private boolean finishStreamPart(UserJob job, String owner, Map<String, Object> streamPart) {
        Instant now = clock.instant();
        return jobs.keepPart(job.id(), owner, json.writeValueAsString(Map.of("stream", streamPart)), now)
                && jobs.stepDone(job.id(), owner, 1, now);
    }

    private void export(UserJob job, String owner, Map<String, Object> streamPart) {
        Map<String, Object> gateway = new LinkedHashMap<>();
        personalData.forEach(p -> gateway.put(p.name(), p.export(job.userId())));
        Instant now = clock.instant();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("userId", job.userId());
        document.put("exportedAt", now.toString());
        document.put("stream", streamPart);
        document.put("gateway", gateway);
        Instant expiresAt = now.plus(properties.exportRetention());
        if (jobs.exportDone(job.id(), owner, json.writeValueAsString(document), expiresAt, now)) {
            log.info("export done: jobId={} userId={} expiresAt={}", job.id(), job.userId(), expiresAt);
        }
    }

    /**
     * Starts the step's Stream task unless one is under way, and asks Stream about it. True when the job must
     * wait (it has been handed back until the next question); false when the step is done, also when Stream has
     * no such user and so nothing to do.
     */
    private boolean waiting(
            UserJob job, String owner, String taskId, String operation, Supplier<Optional<String>> start) {
        if (taskId == null) {
            Optional<String> started = start.get();
            if (started.isEmpty()) {
                log.info("nothing to do at Stream, it holds no such user: jobId={} operation={}", job.id(), operation);
                return false;
            }
            taskId = started.get();
            if (!jobs.taskStarted(job.id(), owner, taskId, clock.instant())) {
                return true;
            }
            log.info("stream task started: jobId={} operation={} taskId={}", job.id(), operation, taskId);
        }
        return !finished(withTask(job, taskId), owner, stream.task(taskId), operation);
    }

    /** Whether the task completed; hands the job back when it is still under way; throws when it failed. */
    private boolean finished(UserJob job, String owner, StreamTask task, String operation) {
        if (task.completed()) {
            return true;
        }
        if (task.failed()) {
            log.warn(
                    "stream task failed: jobId={} operation={} taskId={} error={}",
                    job.id(),
                    operation,
                    task.id(),
                    task.error());
            throw new TaskFailed(operation);
        }
        Instant now = clock.instant();
        jobs.waitUntil(job.id(), owner, now.plus(properties.taskPollInterval()), now);
        return false;
    }

    private static UserJob withTask(UserJob job, String taskId) {
        return new UserJob(
                job.id(),
                job.kind(),
                job.userId(),
                job.state(),
                job.step(),
                taskId,
                job.attempts(),
                job.lastError(),
                job.actorId(),
                job.requestId(),
                job.createdAt(),
                job.updatedAt(),
                job.finishedAt(),
                job.hasDocument());
    }
}
