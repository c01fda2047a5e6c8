package com.peerloop.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Parses and checks the signature of each distinct token once, then reuses the result for the same token
 * string; the claim rules (expiry, issuer, revocation, …) still run on every request. Only tokens that
 * passed every rule are kept, so garbage never fills the cache. A kept token was signed by a key the
 * gateway trusted when it first saw it: with a JWKS, a key withdrawn from it is still honoured for such
 * tokens until their entry ages out ({@code ttl}).
 */
final class VerifiedTokenDecoder implements JwtDecoder {

    private final JwtDecoder signatureVerifier;
    private final OAuth2TokenValidator<Jwt> rules;
    private final Cache<String, Jwt> verified;

    VerifiedTokenDecoder(JwtDecoder signatureVerifier, OAuth2TokenValidator<Jwt> rules, Duration ttl, long maxSize) {
        this.signatureVerifier = signatureVerifier;
        this.rules = rules;
        this.verified =
                Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxSize).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt cached = verified.getIfPresent(token);
        Jwt jwt = cached != null ? cached : signatureVerifier.decode(token);
        OAuth2TokenValidatorResult result = rules.validate(jwt);
        if (result.hasErrors()) {
            String description = result.getErrors().iterator().next().getDescription();
            throw new JwtValidationException("The token was refused: " + description, result.getErrors());
        }
        if (cached == null) {
            verified.put(token, jwt);
        }
        return jwt;
    }
}
