package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Asynchronous tasks (user data deletion and export, user deletion). A task does its work only when it finishes,
 * and it finishes deterministically: on its {@link #completeOnPoll(int) n-th} {@code getTask} poll (the first by
 * default; earlier polls answer {@code running}), or when a test calls {@link #finishAll()}. A task doomed by
 * {@link FakeStream#failNextTasks} finishes {@code failed} and changes nothing.
 */
public final class TaskState {

    /** A task's work, run under the state lock when the task completes. */
    interface Work {
        Done run(String taskId, Instant at);
    }

    /** What finished work answers: the task's {@code result}, and for an export the exported content. */
    record Done(ObjectNode result, JsonNode data) {}

    private final Object lock;
    private final Supplier<Instant> clock;
    private final Table<StoredTask> tasks;
    private final Map<String, Work> work = new HashMap<>();
    private final Set<String> doomed = new HashSet<>();
    private volatile int completeOnPoll = 1;

    TaskState(Object lock, Supplier<Instant> clock) {
        this.lock = lock;
        this.clock = clock;
        this.tasks = new Table<>(lock);
    }

    public Optional<StoredTask> get(String id) {
        return tasks.get(id);
    }

    /** All tasks, oldest first. */
    public List<StoredTask> all() {
        return tasks.all();
    }

    /** The tasks one operation started, oldest first. */
    public List<StoredTask> startedBy(String operation) {
        return tasks.where(task -> task.operation().equals(operation));
    }

    /** Tasks finish on their {@code n}-th poll (at least 1); {@link FakeStream#reset()} restores 1. */
    public void completeOnPoll(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        completeOnPoll = n;
    }

    /** Finishes every unfinished task now, as if each had been polled to the end. */
    public void finishAll() {
        synchronized (lock) {
            Instant now = clock.get();
            for (StoredTask task : tasks.all()) {
                if (!task.isFinished()) {
                    finish(task, now);
                }
            }
        }
    }

    StoredTask start(String operation, boolean fails, Work todo) {
        synchronized (lock) {
            Instant now = clock.get();
            StoredTask task = new StoredTask(
                    UUID.randomUUID().toString(), operation, StoredTask.PENDING, null, null, null, now, now, 0);
            tasks.put(task.id(), task);
            work.put(task.id(), todo);
            if (fails) {
                doomed.add(task.id());
            }
            return task;
        }
    }

    /** Counts one poll of the task and finishes it when its turn has come. */
    Optional<StoredTask> poll(String id) {
        synchronized (lock) {
            Optional<StoredTask> found = tasks.get(id);
            if (found.isEmpty() || found.get().isFinished()) {
                return found;
            }
            Instant now = clock.get();
            StoredTask polled = found.get().polled(StoredTask.RUNNING, now);
            tasks.put(id, polled);
            return Optional.of(polled.polls() >= completeOnPoll ? finish(polled, now) : polled);
        }
    }

    private StoredTask finish(StoredTask task, Instant now) {
        Work todo = work.remove(task.id());
        StoredTask finished;
        if (doomed.remove(task.id()) || todo == null) {
            finished = task.failed("injected task failure: nothing was changed", now);
        } else {
            finished = run(task, todo, now);
        }
        tasks.put(task.id(), finished);
        return finished;
    }

    /** Work that finds its subject gone (e.g. the user was deleted meanwhile) fails the task (unverified). */
    private static StoredTask run(StoredTask task, Work todo, Instant now) {
        try {
            Done done = todo.run(task.id(), now);
            return task.completed(done.result(), done.data(), now);
        } catch (StreamError e) {
            return task.failed(e.getMessage(), now);
        }
    }

    void clear() {
        tasks.clear();
        work.clear();
        doomed.clear();
        completeOnPoll = 1;
    }
}
