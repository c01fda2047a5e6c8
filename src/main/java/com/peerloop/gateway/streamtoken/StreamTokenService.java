package com.peerloop.gateway.streamtoken;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.stream.IssuedStreamToken;
import com.peerloop.gateway.stream.StreamUserProfile;
import com.peerloop.gateway.stream.StreamUsers;

/**
 * Makes sure the caller exists in Stream with their current name and avatar, then mints their token.
 * A profile already sent to Stream recently is not sent again.
 */
@Service
class StreamTokenService {

    private static final Logger log = LoggerFactory.getLogger(StreamTokenService.class);

    private final StreamUsers streamUsers;
    private final Cache<StreamUserProfile, Boolean> upserted = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    StreamTokenService(StreamUsers streamUsers) {
        this.streamUsers = streamUsers;
    }

    IssuedStreamToken issue(PeerLoopUser user) {
        StreamUserProfile profile = new StreamUserProfile(user.id(), user.name(), user.picture());
        if (upserted.getIfPresent(profile) == null) {
            streamUsers.upsert(profile);
            upserted.put(profile, Boolean.TRUE);
        }
        IssuedStreamToken token = streamUsers.issueToken(user.id());
        log.info("stream token issued: userId={} expiresAt={}", user.id(), token.expiresAt());
        return token;
    }
}
