package com.peerloop.gateway.auth;

import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.peerloop.gateway.ids.Identifiers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The PeerLoop JWT decoder: signature checked against the configured key with an algorithm allow-list,
 * then the contract's claim rules. Other packages add rules (such as revocation) by declaring
 * {@code OAuth2TokenValidator<Jwt>} beans.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfiguration {

    @Bean
    JwtDecoder peerLoopJwtDecoder(
            JwtProperties properties, Clock clock, ObjectProvider<OAuth2TokenValidator<Jwt>> extraValidators) {
        JwtKeySources.KeySource keys = JwtKeySources.from(properties);
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(keys.algorithms(), keys.source()));
        // Claims are checked by Spring's validators below, with our clock and skew, not Nimbus's defaults.
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(claimRules(properties, clock));
        extraValidators.orderedStream().forEach(validators::add);
        OAuth2TokenValidator<Jwt> rules = new DelegatingOAuth2TokenValidator<>(validators);
        JwtProperties.Cache cache = properties.cache();
        if (cache.ttl().isZero() || cache.maxSize() == 0) {
            decoder.setJwtValidator(rules);
            return decoder;
        }
        // The decoder below only parses and checks the signature; the rules run per request in the cache.
        decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return new VerifiedTokenDecoder(decoder, rules, cache.ttl(), cache.maxSize());
    }

    private static List<OAuth2TokenValidator<Jwt>> claimRules(JwtProperties properties, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
        timestamps.setClock(clock);
        List<OAuth2TokenValidator<Jwt>> rules = new ArrayList<>();
        rules.add(new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
        rules.add(new JwtClaimValidator<Instant>(
                JwtClaimNames.IAT,
                iat -> iat != null && !iat.isAfter(clock.instant().plus(properties.clockSkew()))));
        rules.add(new JwtClaimValidator<String>(JwtClaimNames.SUB, Identifiers::isValid));
        rules.add(timestamps);
        rules.add(new JwtIssuerValidator(properties.issuer()));
        if (properties.audience() != null && !properties.audience().isBlank()) {
            rules.add(new JwtClaimValidator<List<String>>(
                    JwtClaimNames.AUD, aud -> aud != null && aud.contains(properties.audience())));
        }
        return rules;
    }
}
