package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /api/v2/tasks/{id}} (spec GetTask). */
final class TaskRoutes {

    private final FakeStreamState state;

    TaskRoutes(FakeStreamState state) {
        this.state = state;
    }

    void register(RouteTable table) {
        table.add("GET", "/api/v2/tasks/{id}", "getTask", this::task);
    }

    /**
     * Spec GetTaskResponse: {@code task_id}, {@code status}, {@code created_at}, {@code updated_at}, and
     * {@code result} once completed or {@code error} (spec ErrorResult: {@code type}, {@code description}) once
     * failed. Status {@code completed} is named by the docs (activity-feeds/docs/&lt;lang&gt;/gdpr, "poll ...
     * until completed"); {@code pending}, {@code running} and {@code failed} are unverified (the spec leaves the
     * values open). An unknown id is 404 / code 16 (unverified). Each answer is one poll ({@link TaskState}).
     */
    private ObjectNode task(Call call) {
        StoredTask task = state.tasks()
                .poll(call.param("id"))
                .orElseThrow(() -> StreamError.notFound("task " + call.param("id") + " does not exist"));
        ObjectNode result = Json.object();
        result.put("task_id", task.id());
        result.put("status", task.status());
        Json.putTime(result, "created_at", task.createdAt());
        Json.putTime(result, "updated_at", task.updatedAt());
        if (task.result() != null) {
            result.set("result", task.result().deepCopy());
        }
        if (task.error() != null) {
            ObjectNode error = result.putObject("error");
            error.put("type", "task_failed");
            error.put("description", task.error());
        }
        return result;
    }
}
