package com.peerloop.gateway.revocation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * This instance's copy of the revocation cut-offs, so that checking a token costs no database round
 * trip. A subject is read from the database on first use; after that, changes arrive as notifications
 * ({@link RevocationListener}). Entries also expire after the configured TTL, in case a notification
 * was ever missed.
 */
@Component
class RevocationCache {

    private final RevocationStore store;
    private final Cache<String, Optional<Instant>> cutoffs;

    RevocationCache(RevocationStore store, RevocationProperties properties) {
        this.store = store;
        this.cutoffs = Caffeine.newBuilder()
                .maximumSize(200_000)
                .expireAfterWrite(properties.cacheTtl())
                .build();
    }

    /** Whether a token of this user issued at {@code issuedAt} falls before the user's or everyone's cut-off. */
    boolean isRevoked(String userId, Instant issuedAt) {
        return before(issuedAt, RevocationStore.EVERYONE) || before(issuedAt, userId);
    }

    private boolean before(Instant issuedAt, String subject) {
        return cutoffs.get(subject, store::cutoff).map(issuedAt::isBefore).orElse(false);
    }

    /**
     * Takes a newer cut-off into account. Only a subject already cached is updated; any other is read
     * from the database when first needed. Runs atomically with a concurrent load of the same subject.
     */
    void raised(String subject, Instant cutoff) {
        cutoffs.asMap()
                .computeIfPresent(
                        subject,
                        (s, current) -> Optional.of(
                                current.filter(c -> c.isAfter(cutoff)).orElse(cutoff)));
    }

    /** Forgets everything, for when notifications may have been missed. */
    void clear() {
        cutoffs.invalidateAll();
    }
}
