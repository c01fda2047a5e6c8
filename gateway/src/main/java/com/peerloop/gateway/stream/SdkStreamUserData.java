package com.peerloop.gateway.stream;

import io.getstream.models.DeleteFeedUserDataRequest;
import io.getstream.models.DeleteUsersRequest;
import io.getstream.models.ExportFeedUserDataRequest;
import io.getstream.models.QueryUsersPayload;
import io.getstream.models.QueryUsersRequest;
import io.getstream.services.framework.StreamSDKClient;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * {@link StreamUserData} on SDK 4.1.1: {@code feeds.deleteFeedUserData} (spec DeleteFeedUserData, with
 * {@code hard_delete}), {@code feeds.exportFeedUserData} (spec ExportFeedUserData), {@code common.deleteUsers}
 * (spec DeleteUsers, {@code user: pruning}) and {@code common.getTask} (spec GetTask). Starting a task is a write
 * and is not retried here; the job that calls it repeats the step after a failure, which is safe (a second
 * deletion finds less to delete, a second export is another file).
 *
 * <p>What Stream answers for a user it does not know is not documented (a refusal, a 404, or a task that does
 * nothing), so the user is looked up first ({@code queryUsers}): when Stream has no such user there is nothing
 * to do, no task is started and the call answers empty.
 */
@Component
class SdkStreamUserData implements StreamUserData {

    private final StreamSDKClient client;
    private final StreamCalls calls;

    SdkStreamUserData(StreamSDKClient client, StreamCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    @Override
    public Optional<String> deleteFeedData(String userId) {
        var request = new DeleteFeedUserDataRequest(true);
        return start(
                userId,
                () -> calls.execute(
                                "deleteFeedUserData",
                                () -> client.feeds()
                                        .deleteFeedUserData(userId, request)
                                        .execute())
                        .getTaskID());
    }

    @Override
    public Optional<String> pruneUser(String userId) {
        DeleteUsersRequest request = DeleteUsersRequest.builder()
                .userIds(List.of(userId))
                .user("pruning")
                .build();
        return start(
                userId,
                () -> calls.execute(
                                "deleteUsers", () -> client.deleteUsers(request).execute())
                        .getTaskID());
    }

    @Override
    public Optional<String> exportFeedData(String userId) {
        return start(
                userId,
                () -> calls.execute(
                                "exportFeedUserData",
                                () -> client.feeds()
                                        .exportFeedUserData(userId, new ExportFeedUserDataRequest())
                                        .execute())
                        .getTaskID());
    }

    @Override
    public StreamTask task(String taskId) {
        var task = calls.read("getTask", () -> client.getTask(taskId).execute());
        String status = task.getStatus() == null ? "" : task.getStatus().toLowerCase(Locale.ROOT);
        Map<String, Object> result = task.getResult() == null ? Map.of() : task.getResult();
        String error = task.getError() == null ? null : task.getError().getType();
        return new StreamTask(taskId, status, result, error);
    }

    private Optional<String> start(String userId, Supplier<String> call) {
        return exists(userId) ? Optional.of(call.get()) : Optional.empty();
    }

    private boolean exists(String userId) {
        QueryUsersPayload query = QueryUsersPayload.builder()
                .filterConditions(Map.of("id", userId))
                .limit(1)
                .build();
        var found = calls.read(
                "queryUsers",
                () -> client.queryUsers(new QueryUsersRequest(query)).execute());
        return found.getUsers() != null && !found.getUsers().isEmpty();
    }
}
