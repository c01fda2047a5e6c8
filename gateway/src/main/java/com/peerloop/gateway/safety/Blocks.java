package com.peerloop.gateway.safety;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Whom a user has blocked, for the modules that hide a blocked user's content and notifications. Read from
 * the database and kept per user for {@code peerloop.safety.block-cache-ttl}; a change made through this
 * instance is seen at once.
 */
@Component
public class Blocks {

    private final LoadingCache<String, Set<String>> blocked;

    Blocks(BlockStore store, SafetyProperties properties) {
        this.blocked = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(properties.blockCacheTtl())
                .build(blocker -> store.blockedBy(blocker).stream()
                        .map(BlockStore.Row::blockedId)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** The ids this user has blocked (empty for most users). */
    public Set<String> blockedBy(String userId) {
        return blocked.get(userId);
    }

    /** Whether {@code userId} has blocked {@code otherId}. */
    public boolean hasBlocked(String userId, String otherId) {
        return otherId != null && blockedBy(userId).contains(otherId);
    }

    void changed(String blockerId) {
        blocked.invalidate(blockerId);
    }
}
