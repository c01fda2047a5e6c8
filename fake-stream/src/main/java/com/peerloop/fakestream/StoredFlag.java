package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One user's flag (report) of an entity, filed on the entity's review queue item.
 *
 * @param entityCreatorId the {@code entity_creator_id} the request named, {@code null} when it named none
 * @param custom the request's {@code custom} object, never {@code null} (empty when unset)
 */
public record StoredFlag(
        String itemId,
        String entityType,
        String entityId,
        String entityCreatorId,
        String userId,
        String reason,
        JsonNode custom,
        Instant createdAt,
        long seq) {

    static String key(String itemId, String userId) {
        return itemId + "|" + userId;
    }
}
