package com.peerloop.gateway.safety;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Whom a user has blocked, for the modules that hide a blocked user's content and notifications, asked on every
 * read. Most users block nobody, so the set of users who block anyone is read once per
 * {@code peerloop.safety.block-cache-ttl} and a user outside it costs no query; a blocker's list is read from
 * the database and kept for the same time. A change made through this instance is seen at once.
 */
@Component
public class Blocks {

    private final LoadingCache<String, Set<String>> blocked;
    private final LoadingCache<Boolean, Set<String>> blockers;

    Blocks(BlockStore store, SafetyProperties properties) {
        this.blockers = Caffeine.newBuilder()
                .maximumSize(1)
                .expireAfterWrite(properties.blockCacheTtl())
                .build(any -> store.blockers());
        this.blocked = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(properties.blockCacheTtl())
                .build(blocker -> store.blockedBy(blocker).stream()
                        .map(BlockStore.Row::blockedId)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** The ids this user has blocked (empty for most users). */
    public Set<String> blockedBy(String userId) {
        return blockers.get(Boolean.TRUE).contains(userId) ? blocked.get(userId) : Set.of();
    }

    /** Whether {@code userId} has blocked {@code otherId}. */
    public boolean hasBlocked(String userId, String otherId) {
        return otherId != null && blockedBy(userId).contains(otherId);
    }

    void changed(String blockerId) {
        blocked.invalidate(blockerId);
        blockers.invalidateAll();
    }
}
