package com.peerloop.gateway.stream;

import java.util.Map;
import java.util.Optional;

/**
 * Stream's asynchronous operations on one user's data: each starts a task at Stream and answers its id, to be
 * followed with {@link #task}. A user Stream does not know has nothing to delete or export: those calls then
 * answer empty. Failures are {@link StreamFailure}s.
 */
public interface StreamUserData {

    /** Hard-deletes the user's feeds, activities, comments, reactions, follows and memberships. */
    Optional<String> deleteFeedData(String userId);

    /** Clears the Stream user's own information (name, image, custom data); the user id stays. */
    Optional<String> pruneUser(String userId);

    /** Exports the user's feed data; the completed task's result names where the file is. */
    Optional<String> exportFeedData(String userId);

    /** Where a task is. */
    StreamTask task(String taskId);

    /**
     * A Stream task as last polled.
     *
     * @param status Stream's status, lower case ({@code completed}, {@code failed}; anything else is still under
     *               way)
     * @param result the completed task's result (an export's {@code url}), empty otherwise
     * @param error  why a failed task failed, as Stream describes it; null otherwise
     */
    record StreamTask(String id, String status, Map<String, Object> result, String error) {

        public boolean completed() {
            return "completed".equals(status);
        }

        public boolean failed() {
            return "failed".equals(status);
        }
    }
}
