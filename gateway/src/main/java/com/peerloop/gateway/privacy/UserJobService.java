package com.peerloop.gateway.privacy;

import com.peerloop.gateway.audit.AuditEntry;
import com.peerloop.gateway.audit.AuditTrail;
import com.peerloop.gateway.web.ApiProblemException;
import com.peerloop.gateway.web.Problems;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's side of the jobs: each request writes its job (or finds the open erasure) and its audit entry in
 * one transaction, and touches nothing else; the worker does the rest.
 */
@Service
class UserJobService {

    static final String ERASE = "privacy.erase";
    static final String EXPORT = "privacy.export";
    static final String READ = "privacy.job_read";
    static final String DOWNLOAD = "privacy.export_download";

    private static final Logger log = LoggerFactory.getLogger(UserJobService.class);

    private final UserJobs jobs;
    private final AuditTrail audit;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    UserJobService(UserJobs jobs, AuditTrail audit, Pseudonyms pseudonyms, Clock clock) {
        this.jobs = jobs;
        this.audit = audit;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /** The user's open erasure, new or already under way. Its audit entry names the user's pseudonym only. */
    @Transactional
    UserJob erase(String userId, String reason, String actorId, String requestId) {
        Map.Entry<UserJob, Boolean> opened = jobs.openErasure(userId, actorId, requestId, clock.instant());
        UserJob job = opened.getKey();
        audit.record(new AuditEntry(actorId, ERASE, "user:" + pseudonyms.of(userId), reason, requestId));
        log.info(
                "erasure requested: jobId={} pseudonym={} created={} actorId={}",
                job.id(),
                pseudonyms.of(userId),
                opened.getValue(),
                actorId);
        return job;
    }

    @Transactional
    UserJob export(String userId, String reason, String actorId, String requestId) {
        UserJob job = jobs.newExport(userId, actorId, requestId, clock.instant());
        audit.record(new AuditEntry(actorId, EXPORT, "user:" + userId, reason, requestId));
        log.info("export requested: jobId={} userId={} actorId={}", job.id(), userId, actorId);
        return job;
    }

    @Transactional
    UserJob job(String jobId, String actorId, String requestId) {
        UserJob job = jobs.find(jobId).orElseThrow(() -> Problems.notFound("No job " + jobId + "."));
        audit.record(new AuditEntry(actorId, READ, "job:" + jobId, null, requestId));
        return job;
    }

    /** A finished export's document, handed out once. */
    @Transactional
    String document(String jobId, String actorId, String requestId) {
        UserJob job = jobs.find(jobId)
                .filter(j -> j.kind() == UserJob.Kind.EXPORT)
                .orElseThrow(() -> Problems.notFound("No export job " + jobId + "."));
        if (job.state() != UserJob.State.DONE) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT,
                    "conflict",
                    "Conflict",
                    "Export " + jobId + " is " + JobView.of(job).state() + "; its document exists once it is done.");
        }
        String document = jobs.takeDocument(jobId, clock.instant())
                .orElseThrow(() -> Problems.notFound("The document of export " + jobId
                        + " was already downloaded or has expired; request a new export."));
        audit.record(new AuditEntry(actorId, DOWNLOAD, "job:" + jobId, null, requestId));
        log.info("export downloaded: jobId={} actorId={}", jobId, actorId);
        return document;
    }
}
