package com.peerloop.gateway.streamtoken;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.stream.IssuedStreamToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/stream/token}: a Stream user token for the caller. */
@RestController
class StreamTokenController {

    private final StreamTokenService tokens;

    StreamTokenController(StreamTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/stream/token")
    StreamTokenResponse issue(@AuthenticationPrincipal PeerLoopUser user) {
        IssuedStreamToken token = tokens.issue(user);
        return new StreamTokenResponse(token.apiKey(), token.userId(), token.token(), token.expiresAt());
    }
}
