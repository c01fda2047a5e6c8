package com.peerloop.fakestream;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Injected failures and latency. All methods are thread-safe. */
final class Faults {

    private static final String ANY = "*";

    private final Map<String, Integer> alwaysByOperation = new HashMap<>();
    private final Map<String, int[]> nextByOperation = new HashMap<>(); // {remaining, status}
    private final Map<String, Integer> failingTasksByOperation = new HashMap<>();
    private volatile Duration delay = Duration.ZERO;

    synchronized void failNext(String operation, int count, int status) {
        nextByOperation.put(key(operation), new int[] {count, status});
    }

    synchronized void failAlways(String operation, int status) {
        alwaysByOperation.put(key(operation), status);
    }

    /** The next {@code count} tasks that {@code operation} starts finish {@code failed}. */
    synchronized void failNextTasks(String operation, int count) {
        failingTasksByOperation.put(operation, count);
    }

    /** Whether the task {@code operation} is starting now is doomed to fail (consuming one such failure). */
    synchronized boolean nextTaskFails(String operation) {
        int remaining = failingTasksByOperation.getOrDefault(operation, 0);
        if (remaining <= 0) {
            return false;
        }
        failingTasksByOperation.put(operation, remaining - 1);
        return true;
    }

    void delay(Duration duration) {
        delay = duration == null || duration.isNegative() ? Duration.ZERO : duration;
    }

    Duration delay() {
        return delay;
    }

    synchronized void heal() {
        alwaysByOperation.clear();
        nextByOperation.clear();
        failingTasksByOperation.clear();
        delay = Duration.ZERO;
    }

    /** The status to fail this request with (consuming one "next" failure), or 0 to answer normally. */
    synchronized int statusFor(String operation) {
        for (String key : new String[] {operation, ANY}) {
            int[] next = nextByOperation.get(key);
            if (next != null && next[0] > 0) {
                next[0]--;
                return next[1];
            }
        }
        Integer always = alwaysByOperation.getOrDefault(operation, alwaysByOperation.get(ANY));
        return always == null ? 0 : always;
    }

    private static String key(String operation) {
        return operation == null ? ANY : operation;
    }
}
