package com.peerloop.gateway.auth;

import java.time.Instant;
import java.util.Set;

/**
 * The caller, as its verified PeerLoop JWT describes it. Controllers receive it with
 * {@code @AuthenticationPrincipal PeerLoopUser user}.
 *
 * @param id       the {@code sub} claim, a valid identifier
 * @param name     display name, may be null
 * @param picture  avatar URL, may be null
 * @param roles    known roles only
 * @param issuedAt the token's {@code iat}
 */
public record PeerLoopUser(String id, String name, String picture, Set<Role> roles, Instant issuedAt) {

    public PeerLoopUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
