package com.peerloop.gateway.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * Turns the configured key (secret, PEM public key or JWKS URL) into a key source and the algorithms
 * allowed with it. The allow-list is what stops {@code alg: none} and HMAC-vs-public-key confusion.
 */
final class JwtKeySources {

    private JwtKeySources() {}

    record KeySource(JWKSource<SecurityContext> source, Set<JWSAlgorithm> algorithms) {}

    /**
     * The HMAC algorithms this secret may verify: an HMAC key must be at least as long as the hash (RFC 7518,
     * section 3.2), so a token whose algorithm needs a longer secret is refused as invalid (401) instead of
     * failing inside the verifier.
     */
    static Set<JWSAlgorithm> hmacAlgorithmsFor(byte[] secret) {
        Set<JWSAlgorithm> algorithms = new HashSet<>();
        if (secret.length >= 32) {
            algorithms.add(JWSAlgorithm.HS256);
        }
        if (secret.length >= 48) {
            algorithms.add(JWSAlgorithm.HS384);
        }
        if (secret.length >= 64) {
            algorithms.add(JWSAlgorithm.HS512);
        }
        return Set.copyOf(algorithms);
    }

    static KeySource from(JwtProperties properties) {
        if (properties.secret() != null && !properties.secret().isBlank()) {
            byte[] secret = properties.secret().getBytes(StandardCharsets.UTF_8);
            return new KeySource(new ImmutableSecret<>(secret), hmacAlgorithmsFor(secret));
        }
        if (properties.publicKey() != null && !properties.publicKey().isBlank()) {
            return fromPem(properties.publicKey());
        }
        try {
            long minInterval = properties.jwksMinRefreshInterval().toMillis();
            JWKSourceBuilder<SecurityContext> builder = JWKSourceBuilder.<SecurityContext>create(
                            properties.jwksUri().toURL())
                    .retrying(true);
            JWKSource<SecurityContext> remote =
                    (minInterval > 0 ? builder.rateLimited(minInterval) : builder.rateLimited(false)).build();
            return new KeySource(remote, Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256));
        } catch (MalformedURLException e) {
            throw new IllegalStateException("PEERLOOP_JWT_JWKS_URI is not a valid URL", e);
        }
    }

    private static KeySource fromPem(String pem) {
        PublicKey key = parsePublicKey(pem);
        if (key instanceof RSAPublicKey rsa) {
            return new KeySource(
                    new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder(rsa).build())), Set.of(JWSAlgorithm.RS256));
        }
        ECPublicKey ec = (ECPublicKey) key;
        Curve curve = Curve.forECParameterSpec(ec.getParams());
        if (!Curve.P_256.equals(curve)) {
            throw new IllegalStateException("PEERLOOP_JWT_PUBLIC_KEY must be an RSA or P-256 EC key");
        }
        return new KeySource(
                new ImmutableJWKSet<>(new JWKSet(new ECKey.Builder(curve, ec).build())), Set.of(JWSAlgorithm.ES256));
    }

    private static PublicKey parsePublicKey(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PEERLOOP_JWT_PUBLIC_KEY is not a PEM public key", e);
        }
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // not this key type; try the next one
            }
        }
        throw new IllegalStateException("PEERLOOP_JWT_PUBLIC_KEY is neither an RSA nor an EC public key");
    }
}
