package com.peerloop.gateway.privacy;

import com.peerloop.gateway.personaldata.Erasure;
import com.peerloop.gateway.personaldata.PersonalData;
import com.peerloop.gateway.revocation.UserRevocations;
import com.peerloop.gateway.stream.StreamUserData;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An erasure, run on from the step it reached; each step is safe to repeat. (1) Revoke the user's tokens, (2)
 * remove their records (the outbox removes their follows and memberships at Stream in the same transaction), (3)
 * hard-delete their feed data at Stream, (4) prune the Stream user, (5) delete what the gateway keeps about them
 * (and their exports), (6) pseudonymise them in the audit log, (7) wait {@code erasure-settle} for what Stream's
 * deletions still cause (its webhook events about the user, whose effects write audit entries), (8) steps 5 and
 * 6 again. Failures propagate to {@link UserJobWorker}, which retries the step.
 */
@Component
class ErasureSteps {

    private static final int LAST = 8;

    private static final Logger log = LoggerFactory.getLogger(ErasureSteps.class);

    private final UserJobs jobs;
    private final UserRevocations revocations;
    private final StreamUserData stream;
    private final StreamTasks tasks;
    private final List<PersonalData> personalData;
    private final Pseudonyms pseudonyms;
    private final PrivacyProperties properties;
    private final Clock clock;

    ErasureSteps(
            UserJobs jobs,
            UserRevocations revocations,
            StreamUserData stream,
            StreamTasks tasks,
            List<PersonalData> personalData,
            Pseudonyms pseudonyms,
            PrivacyProperties properties,
            Clock clock) {
        this.jobs = jobs;
        this.revocations = revocations;
        this.stream = stream;
        this.tasks = tasks;
        this.personalData = personalData;
        this.pseudonyms = pseudonyms;
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs the erasure on as {@code owner}, until it is done, waits, or another instance has taken it over. */
    void run(UserJob job, String owner) {
        String userId = job.userId();
        Erasure erasure = new Erasure(userId, pseudonyms.of(userId), job.actorId(), job.requestId());
        for (int step = job.step() + 1; step <= LAST; step++) {
            if (!runStep(step, job, owner, erasure)) {
                return;
            }
            if (!jobs.stepDone(job.id(), owner, step, clock.instant())) {
                return;
            }
            job = jobs.find(job.id()).orElse(job);
            log.info("erasure step done: jobId={} step={} pseudonym={}", job.id(), step, erasure.pseudonym());
        }
        if (jobs.erasureDone(job.id(), owner, erasure.pseudonym(), clock.instant())) {
            // earlier erasures of the user that were parked as failed name them too
            jobs.pseudonymiseErasures(userId, erasure.pseudonym(), clock.instant());
            log.info("erasure done: jobId={} pseudonym={}", job.id(), erasure.pseudonym());
        }
    }

    /** Runs one step; false when the job must wait (it has been handed back). */
    private boolean runStep(int step, UserJob job, String owner, Erasure erasure) {
        String userId = erasure.userId();
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
                return tasks.follow(job, owner, "deleteFeedUserData", () -> stream.deleteFeedData(userId))
                        .finished();
            }
            case 4 -> {
                return tasks.follow(job, owner, "deleteUsers", () -> stream.pruneUser(userId))
                        .finished();
            }
            case 5 -> eraseKept(job, erasure);
            case 6 -> erase(PersonalData.Phase.AUDIT, erasure);
            case 7 -> {
                return !settling(job, owner);
            }
            default -> {
                eraseKept(job, erasure);
                erase(PersonalData.Phase.AUDIT, erasure);
            }
        }
        return true;
    }

    private void eraseKept(UserJob job, Erasure erasure) {
        erase(PersonalData.Phase.KEPT, erasure);
        int exports = jobs.deleteExports(erasure.userId());
        log.info("exports of an erased user deleted: jobId={} exports={}", job.id(), exports);
    }

    private void erase(PersonalData.Phase phase, Erasure erasure) {
        personalData.stream().filter(p -> p.phase() == phase).forEach(p -> p.erase(erasure));
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
}
