package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The asynchronous user data operations, each answering a {@code task_id} to poll with {@code getTask}:
 * {@code POST /api/v2/feeds/users/{user_id}/delete}, {@code POST /api/v2/feeds/users/{user_id}/export} and
 * {@code POST /api/v2/users/delete}. The work is done when the task completes ({@link TaskState}); until then
 * the data is untouched, and a failed task changes nothing.
 */
final class UserDataRoutes {

    /** Where the fake says an export can be downloaded; the fake serves no file (its content is in the task). */
    static final String EXPORT_URL_PREFIX = "https://exports.fake-stream.invalid/feeds/";

    private final FakeStreamState state;
    private final Faults faults;

    UserDataRoutes(FakeStreamState state, Faults faults) {
        this.state = state;
        this.faults = faults;
    }

    void register(RouteTable table) {
        table.add("POST", "/api/v2/feeds/users/{user_id}/delete", "deleteFeedUserData", this::deleteFeedUserData)
                .add("POST", "/api/v2/feeds/users/{user_id}/export", "exportFeedUserData", this::exportFeedUserData)
                .add("POST", "/api/v2/users/delete", "deleteUsers", this::deleteUsers);
    }

    /** Spec DeleteFeedUserData; what goes is {@link FeedUserData#delete}. An unknown user is refused (unverified). */
    private ObjectNode deleteFeedUserData(Call call) {
        String userId = call.param("user_id");
        ActingUser.known(state, userId, "user_id");
        boolean hard = Json.flag(call.body(), "hard_delete");
        return started("deleteFeedUserData", (taskId, at) -> {
            FeedUserData.delete(state, userId, hard, at);
            return new TaskState.Done(Json.object(), null);
        });
    }

    /**
     * Spec ExportFeedUserData. The completed task's {@code result.url} names the export file (docs
     * activity-feeds/docs/&lt;lang&gt;/gdpr: "The result of the task contains the URL to the JSON file"); the
     * exported content is kept as {@link StoredTask#data()} ({@link FeedUserData#export}), taken when the task
     * completes. An unknown user is refused (unverified).
     */
    private ObjectNode exportFeedUserData(Call call) {
        String userId = call.param("user_id");
        ActingUser.known(state, userId, "user_id");
        return started("exportFeedUserData", (taskId, at) -> {
            ObjectNode result = Json.object();
            result.put("url", EXPORT_URL_PREFIX + taskId + ".json");
            return new TaskState.Done(result, FeedUserData.export(state, userId));
        });
    }

    /**
     * Spec DeleteUsers ({@code user_ids}* and the enums are checked by {@link InputRules}). Spec
     * DeleteUsersRequest.user: {@code soft} marks the user deleted and keeps their data, {@code pruning} also
     * clears the user's information (name, image, custom here), {@code hard} deletes the user and "requires 'hard'
     * option for messages and conversations as well" (refused otherwise, 400 / code 4). Unverified: an absent
     * {@code user} means {@code soft}; an empty or unknown id is refused; feed data stays (DeleteUsers names only
     * chat data; feed data goes with DeleteFeedUserData).
     */
    private ObjectNode deleteUsers(Call call) {
        JsonNode body = call.body();
        List<String> ids = Json.strings(body, "user_ids");
        if (ids.isEmpty()) {
            throw StreamError.invalidField("user_ids", "DeleteUsers failed with error: \"user_ids must not be empty\"");
        }
        ids.forEach(id -> ActingUser.known(state, id, "user_ids"));
        String mode = Json.text(body, "user") == null ? "soft" : Json.text(body, "user");
        if (mode.equals("hard")
                && !("hard".equals(Json.text(body, "messages")) && "hard".equals(Json.text(body, "conversations")))) {
            throw StreamError.invalidField(
                    "user",
                    "DeleteUsers failed with error: \"user: hard requires messages: hard and conversations: hard\"");
        }
        return started("deleteUsers", (taskId, at) -> {
            for (String id : ids) {
                state.users().get(id).ifPresent(user -> {
                    switch (mode) {
                        case "hard" -> state.users().remove(id);
                        case "pruning" ->
                            state.users()
                                    .put(new StoredUser(
                                            id,
                                            null,
                                            null,
                                            user.role(),
                                            Json.object(),
                                            user.createdAt(),
                                            at,
                                            user.revokeTokensIssuedBefore()));
                        default -> {}
                    }
                    state.deletedUsers().put(new DeletedUser(id, mode, at));
                });
            }
            return new TaskState.Done(Json.object(), null);
        });
    }

    private ObjectNode started(String operation, TaskState.Work work) {
        StoredTask task = state.tasks().start(operation, faults.nextTaskFails(operation), work);
        ObjectNode result = Json.object();
        result.put("task_id", task.id());
        return result;
    }
}
