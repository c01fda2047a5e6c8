package com.peerloop.gateway.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How PeerLoop JWTs are verified ({@code PEERLOOP_JWT_*}). Exactly one key source is given: an HMAC
 * secret, a PEM public key (RSA or EC), or a JWKS URL. A JWKS is cached and fetched again when a token
 * names an unknown {@code kid}, at most once per {@code jwksMinRefreshInterval} ({@code 0s}: no limit).
 * A token whose signature was checked is remembered for {@code cache.ttl} ({@code 0s}: off), so a repeat
 * caller is not parsed and verified again; its claims are still checked on every request.
 */
@Validated
@ConfigurationProperties("peerloop.jwt")
record JwtProperties(
        String secret,
        String publicKey,
        URI jwksUri,
        @NotBlank(message = "is required") String issuer,
        String audience,

        @NotNull @DurationMin(nanos = 0, message = "must not be negative") @DefaultValue("30s")
        Duration clockSkew,

        @NotNull @DefaultValue("30s") Duration jwksMinRefreshInterval,
        @Valid @NotNull @DefaultValue Claims claims,
        @Valid @NotNull @DefaultValue Cache cache) {

    /** Names of the claims the gateway reads; PeerLoop's defaults. */
    record Claims(
            @NotBlank @DefaultValue("name") String name,
            @NotBlank @DefaultValue("picture") String picture,
            @NotBlank @DefaultValue("roles") String roles) {}

    /** Verified tokens kept per instance: for how long, and how many at most. */
    record Cache(
            @NotNull @DurationMin(nanos = 0, message = "must not be negative") @DefaultValue("5m")
            Duration ttl,

            @PositiveOrZero @DefaultValue("10000") long maxSize) {}

    @AssertTrue(message = "set exactly one of PEERLOOP_JWT_SECRET, PEERLOOP_JWT_PUBLIC_KEY, PEERLOOP_JWT_JWKS_URI")
    boolean isOneKeySource() {
        return Stream.of(hasText(secret), hasText(publicKey), hasJwksUri())
                        .filter(b -> b)
                        .count()
                == 1;
    }

    @AssertTrue(message = "must be at least 32 bytes")
    boolean isSecretLongEnough() {
        return !hasText(secret) || secret.getBytes(StandardCharsets.UTF_8).length >= 32;
    }

    boolean hasJwksUri() {
        return jwksUri != null && !jwksUri.toString().isBlank();
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
