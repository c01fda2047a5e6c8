package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A user's bookmark of an activity (spec BookmarkResponse, object_type {@code activity}). Folders are not
 * modelled.
 *
 * @param seq creation order, for sorting and paging
 */
public record StoredBookmark(
        String activityId, String userId, JsonNode custom, Instant createdAt, Instant updatedAt, long seq) {

    static String key(String activityId, String userId) {
        return activityId + "|" + userId;
    }
}
