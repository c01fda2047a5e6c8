package com.peerloop.gateway.privacy;

import com.peerloop.gateway.personaldata.PersonalData;
import com.peerloop.gateway.stream.StreamUserData;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * An export, run on from the step it reached: (1) Stream's export task, whose result is kept in the job's row,
 * (2) every module's export, put together with it into the document. Failures propagate to
 * {@link UserJobWorker}, which retries the step.
 */
@Component
class ExportSteps {

    private static final Logger log = LoggerFactory.getLogger(ExportSteps.class);

    private final UserJobs jobs;
    private final StreamUserData stream;
    private final StreamTasks tasks;
    private final List<PersonalData> personalData;
    private final PrivacyProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    ExportSteps(
            UserJobs jobs,
            StreamUserData stream,
            StreamTasks tasks,
            List<PersonalData> personalData,
            PrivacyProperties properties,
            JsonMapper json,
            Clock clock) {
        this.jobs = jobs;
        this.stream = stream;
        this.tasks = tasks;
        this.personalData = personalData;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Runs the export on as {@code owner}, until it is done, waits, or another instance has taken it over. */
    void run(UserJob job, String owner) {
        Map<String, Object> streamPart;
        if (job.step() < 1) {
            StreamTasks.Progress progress =
                    tasks.follow(job, owner, "exportFeedUserData", () -> stream.exportFeedData(job.userId()));
            if (!progress.finished()) {
                return;
            }
            streamPart = streamPart(progress);
            Instant now = clock.instant();
            if (!jobs.keepPart(job.id(), owner, json.writeValueAsString(Map.of("stream", streamPart)), now)
                    || !jobs.stepDone(job.id(), owner, 1, now)) {
                return;
            }
        } else {
            streamPart = keptStreamPart(job);
        }
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
     * Stream's part: its task's result, whose {@code url} names the file Stream prepared. The gateway does not
     * download that file ({@code content} stays null): see the README's export section.
     */
    private static Map<String, Object> streamPart(StreamTasks.Progress progress) {
        Map<String, Object> part = new LinkedHashMap<>();
        if (progress.task() == null) {
            part.put("known", false);
            part.put("note", "Stream holds no user with this id, so there is nothing to export there.");
            return part;
        }
        part.put("known", true);
        part.put("taskId", progress.task().id());
        part.put("url", progress.task().result().get("url"));
        part.put("result", progress.task().result());
        part.put("content", null);
        part.put(
                "note",
                "Stream's export is the file at url, served by Stream for as long as it keeps it; the gateway does"
                        + " not download it.");
        return part;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> keptStreamPart(UserJob job) {
        Map<String, Object> kept = jobs.document(job.id())
                .map(d -> (Map<String, Object>) json.readValue(d, Map.class))
                .orElse(Map.of());
        return (Map<String, Object>) kept.getOrDefault("stream", Map.of());
    }
}
