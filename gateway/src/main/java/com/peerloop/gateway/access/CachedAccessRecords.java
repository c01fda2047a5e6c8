package com.peerloop.gateway.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.peerloop.gateway.records.AccessRecords;
import com.peerloop.gateway.records.CourseRelation;
import com.peerloop.gateway.records.RecordChanged;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@link AccessRecords} behind a short-lived cache. A record change made by this instance evicts the
 * entries it touches as soon as its transaction commits; changes made by other instances are seen once
 * the entry expires ({@code peerloop.access.cache-ttl}).
 */
@Component
class CachedAccessRecords implements AccessLookups {

    private record CourseKey(String courseId, String userId) {}

    private record PurchaseKey(String creatorId, String userId) {}

    private static final Optional<CourseRelation> NO_COURSE = Optional.empty();

    private final AccessRecords records;
    private final Cache<Object, Object> cache;

    CachedAccessRecords(AccessRecords records, AccessProperties properties) {
        this.records = records;
        this.cache = properties.cacheTtl().isZero()
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(properties.cacheTtl())
                        .maximumSize(properties.cacheSize())
                        .build();
    }

    @Override
    public Optional<CourseRelation> courseRelation(String courseId, String userId) {
        if (cache == null) {
            return records.courseRelation(courseId, userId);
        }
        Object hit = cache.get(
                new CourseKey(courseId, userId),
                k -> records.courseRelation(courseId, userId)
                        .map(Object.class::cast)
                        .orElse(NO_COURSE));
        return hit == NO_COURSE ? Optional.empty() : Optional.of((CourseRelation) hit);
    }

    @Override
    public boolean hasActivePurchase(String userId, String creatorId) {
        if (cache == null) {
            return records.hasActivePurchase(userId, creatorId);
        }
        return (Boolean)
                cache.get(new PurchaseKey(creatorId, userId), k -> records.hasActivePurchase(userId, creatorId));
    }

    @TransactionalEventListener
    void evict(RecordChanged change) {
        if (cache == null) {
            return;
        }
        // A course change can concern every user of the course (a new creator), so all its entries go.
        cache.asMap()
                .keySet()
                .removeIf(key -> key instanceof CourseKey k
                        ? Objects.equals(k.courseId(), change.courseId())
                        : key instanceof PurchaseKey p
                                && Objects.equals(p.creatorId(), change.creatorId())
                                && Objects.equals(p.userId(), change.userId()));
    }
}
