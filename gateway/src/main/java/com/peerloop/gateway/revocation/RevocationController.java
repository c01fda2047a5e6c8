package com.peerloop.gateway.revocation;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.web.Identifier;
import com.peerloop.gateway.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The admin's revocation endpoints (role {@code admin}, enforced by the API filter chain). */
@RestController
class RevocationController {

    private final TokenRevocations revocations;

    RevocationController(TokenRevocations revocations) {
        this.revocations = revocations;
    }

    @PostMapping("/api/admin/users/{userId}/revoke-tokens")
    UserTokensRevoked revokeUser(
            @PathVariable @Identifier String userId,
            @Valid @RequestBody RevocationRequest body,
            @AuthenticationPrincipal PeerLoopUser admin,
            HttpServletRequest request) {
        return new UserTokensRevoked(
                userId, revocations.revokeUser(admin.id(), userId, body.reason(), RequestIds.of(request)));
    }

    @PostMapping("/api/admin/revoke-all-tokens")
    AllTokensRevoked revokeAll(
            @Valid @RequestBody RevocationRequest body,
            @AuthenticationPrincipal PeerLoopUser admin,
            HttpServletRequest request) {
        return new AllTokensRevoked(revocations.revokeAll(admin.id(), body.reason(), RequestIds.of(request)));
    }
}
