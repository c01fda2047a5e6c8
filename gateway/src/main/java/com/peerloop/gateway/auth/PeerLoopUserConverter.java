package com.peerloop.gateway.auth;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Reads the caller's id, name, picture and known roles from a verified JWT. */
@Component
class PeerLoopUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtProperties.Claims claims;

    PeerLoopUserConverter(JwtProperties properties) {
        this.claims = properties.claims();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        PeerLoopUser user = new PeerLoopUser(
                jwt.getSubject(),
                stringClaim(jwt, claims.name()),
                stringClaim(jwt, claims.picture()),
                roles(jwt.getClaim(claims.roles())),
                jwt.getIssuedAt());
        return new PeerLoopAuthentication(jwt, user);
    }

    private static String stringClaim(Jwt jwt, String name) {
        return jwt.getClaim(name) instanceof String s && !s.isBlank() ? s : null;
    }

    private static Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> Role.fromClaim(v).ifPresent(roles::add));
        } else {
            Role.fromClaim(claim).ifPresent(roles::add);
        }
        return roles;
    }
}
