package com.peerloop.fakestream;

import java.time.Instant;

/**
 * A review queue item: one per flagged entity ({@code entity_type}, {@code entity_id}), gathering every flag of it.
 *
 * @param updatedAt when the latest flag was filed
 * @param seq creation order; the queue lists newest items first
 */
public record StoredReviewItem(
        String id,
        String entityType,
        String entityId,
        String entityCreatorId,
        Instant createdAt,
        Instant updatedAt,
        long seq) {

    static String key(String entityType, String entityId) {
        return entityType + "|" + entityId;
    }

    StoredReviewItem flaggedAgain(String creatorId, Instant at) {
        return new StoredReviewItem(
                id, entityType, entityId, entityCreatorId == null ? creatorId : entityCreatorId, createdAt, at, seq);
    }
}
