package com.peerloop.gateway.streamtoken;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.stream.IssuedStreamToken;
import com.peerloop.gateway.stream.StreamUserProfile;
import com.peerloop.gateway.stream.StreamUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Makes sure the caller exists in Stream with their current name and avatar, then mints their token.
 * A profile already sent to Stream recently is not sent again.
 */
@Service
class StreamTokenService {

    private static final Logger log = LoggerFactory.getLogger(StreamTokenService.class);

    private final StreamUsers streamUsers;

    StreamTokenService(StreamUsers streamUsers) {
        this.streamUsers = streamUsers;
    }

    IssuedStreamToken issue(PeerLoopUser user) {
        streamUsers.ensure(new StreamUserProfile(user.id(), user.name(), user.picture()));
        IssuedStreamToken token = streamUsers.issueToken(user.id());
        log.debug("stream token issued: userId={} expiresAt={}", user.id(), token.expiresAt());
        return token;
    }
}
