package com.peerloop.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.peerloop.testsupport.TestJwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class VerifiedTokenDecoderTest {

    // TestJwts signs with jjwt, which picks HS384 for its 48-byte secrets.

    private final TestJwts jwts = new TestJwts(TestJwts.KeyType.HMAC, TestJwts.randomSecret());
    private final NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(
                    new SecretKeySpec(jwts.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA384"))
            .macAlgorithm(MacAlgorithm.HS384)
            .build();
    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder counting = token -> {
        verifications.incrementAndGet();
        return nimbus.decode(token);
    };
    private final AtomicBoolean refuse = new AtomicBoolean();
    private final OAuth2TokenValidator<Jwt> rules = jwt -> refuse.get()
            ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "refused by the test", null))
            : OAuth2TokenValidatorResult.success();
    private final VerifiedTokenDecoder decoder = new VerifiedTokenDecoder(counting, rules, Duration.ofMinutes(5), 100);

    @Test
    void verifiesTheSignatureOfARepeatedTokenOnce() {
        String token = jwts.token("alice");

        assertThat(decoder.decode(token).getSubject()).isEqualTo("alice");
        assertThat(decoder.decode(token).getSubject()).isEqualTo("alice");
        decoder.decode(jwts.token("bob"));

        assertThat(verifications).hasValue(2);
    }

    @Test
    void checksTheRulesOnEveryRequestEvenForAKnownToken() {
        String token = jwts.token("alice");
        decoder.decode(token);

        refuse.set(true);

        assertThatThrownBy(() -> decoder.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("refused by the test");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void keepsNoTokenThatWasRefused() {
        String token = jwts.token("alice");
        refuse.set(true);
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);

        refuse.set(false);
        decoder.decode(token);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void keepsNoTokenWithABadSignature() {
        String forged = jwts.forUser("alice")
                .signedWith(Keys.hmacShaKeyFor(TestJwts.randomSecret().getBytes(StandardCharsets.UTF_8)))
                .sign();

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
    }
}
