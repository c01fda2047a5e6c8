package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An asynchronous task, as {@code GET /api/v2/tasks/{id}} reports it.
 *
 * @param operation the operation that started it, e.g. {@code deleteFeedUserData}
 * @param status {@code pending}, {@code running}, {@code completed} or {@code failed}
 * @param result the task's {@code result} once completed, {@code null} before
 * @param error the failure's description once failed, {@code null} otherwise
 * @param data what an export task exported (the content behind its {@code result.url}), {@code null} otherwise
 * @param polls how many times {@code getTask} asked for it
 */
public record StoredTask(
        String id,
        String operation,
        String status,
        JsonNode result,
        String error,
        JsonNode data,
        Instant createdAt,
        Instant updatedAt,
        int polls) {

    public static final String PENDING = "pending";
    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    public boolean isFinished() {
        return COMPLETED.equals(status) || FAILED.equals(status);
    }

    StoredTask polled(String newStatus, Instant at) {
        return new StoredTask(id, operation, newStatus, result, error, data, createdAt, at, polls + 1);
    }

    StoredTask completed(JsonNode newResult, JsonNode newData, Instant at) {
        return new StoredTask(id, operation, COMPLETED, newResult, null, newData, createdAt, at, polls);
    }

    StoredTask failed(String description, Instant at) {
        return new StoredTask(id, operation, FAILED, null, description, null, createdAt, at, polls);
    }
}
