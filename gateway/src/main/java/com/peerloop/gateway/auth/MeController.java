package com.peerloop.gateway.auth;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the gateway takes the caller to be; touches neither the database nor Stream. */
@RestController
class MeController {

    record Me(String id, String name, String picture, List<String> roles) {}

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal PeerLoopUser user) {
        return new Me(
                user.id(),
                user.name(),
                user.picture(),
                user.roles().stream().map(Role::claimValue).sorted().toList());
    }
}
