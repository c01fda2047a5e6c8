package com.peerloop.gateway.privacy;

import com.peerloop.gateway.stream.StreamUserData;
import com.peerloop.gateway.stream.StreamUserData.StreamTask;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A job's step that waits for a Stream task: starts the task unless one is under way (its id is kept in the
 * job's row), asks Stream about it, and hands the job back while it is under way.
 */
@Component
class StreamTasks {

    private static final Logger log = LoggerFactory.getLogger(StreamTasks.class);

    /** A Stream task that finished {@code failed}; the step starts a new one on its next attempt. */
    static final class TaskFailed extends RuntimeException {
        TaskFailed(String operation) {
            super(operation + " task failed at Stream", null, false, false);
        }
    }

    /** Where the step is: {@code task} is the completed task, or null when Stream had nothing to do. */
    record Progress(boolean finished, StreamTask task) {}

    private static final Progress WAITING = new Progress(false, null);

    private final UserJobs jobs;
    private final StreamUserData stream;
    private final PrivacyProperties properties;
    private final Clock clock;

    StreamTasks(UserJobs jobs, StreamUserData stream, PrivacyProperties properties, Clock clock) {
        this.jobs = jobs;
        this.stream = stream;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Starts the step's task with {@code start} unless the job has one under way, and asks Stream about it.
     * Not finished: the job has been handed back until the next question (or taken over by another instance).
     * Throws {@link TaskFailed} when the task failed, and Stream's failures as they come.
     */
    Progress follow(UserJob job, String owner, String operation, Supplier<Optional<String>> start) {
        String taskId = job.taskId();
        if (taskId == null) {
            Optional<String> started = start.get();
            if (started.isEmpty()) {
                log.info("nothing to do at Stream, it holds no such user: jobId={} operation={}", job.id(), operation);
                return new Progress(true, null);
            }
            taskId = started.get();
            if (!jobs.taskStarted(job.id(), owner, taskId, clock.instant())) {
                return WAITING;
            }
            log.info("stream task started: jobId={} operation={} taskId={}", job.id(), operation, taskId);
        }
        StreamTask task = stream.task(taskId);
        if (task.completed()) {
            return new Progress(true, task);
        }
        if (task.failed()) {
            log.warn(
                    "stream task failed: jobId={} operation={} taskId={} error={}",
                    job.id(),
                    operation,
                    taskId,
                    task.error());
            throw new TaskFailed(operation);
        }
        Instant now = clock.instant();
        jobs.waitUntil(job.id(), owner, now.plus(properties.taskPollInterval()), now);
        return WAITING;
    }
}
