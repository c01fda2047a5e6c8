package com.peerloop.gateway.auth;

import java.util.stream.Collectors;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated request: the verified JWT and the {@link PeerLoopUser} read from it. */
final class PeerLoopAuthentication extends AbstractAuthenticationToken {

    private final transient Jwt jwt;
    private final PeerLoopUser user;

    PeerLoopAuthentication(Jwt jwt, PeerLoopUser user) {
        super(user.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .collect(Collectors.toSet()));
        this.jwt = jwt;
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return jwt;
    }

    @Override
    public PeerLoopUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.id();
    }
}
