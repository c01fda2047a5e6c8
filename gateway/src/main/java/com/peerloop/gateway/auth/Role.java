package com.peerloop.gateway.auth;

import java.util.Locale;
import java.util.Optional;

/** The roles PeerLoop puts in its JWTs; any other role string is ignored. */
public enum Role {
    STUDENT,
    TEACHER,
    CREATOR,
    ADMIN,
    SERVICE;

    /** The Spring Security authority for this role, e.g. {@code ROLE_admin}. */
    public String authority() {
        return "ROLE_" + claimValue();
    }

    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Role> fromClaim(Object value) {
        if (!(value instanceof String s)) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.claimValue().equals(s)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
