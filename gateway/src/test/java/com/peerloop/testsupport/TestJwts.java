package com.peerloop.testsupport;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mints PeerLoop JWTs for tests and the local mode: valid ones, and every kind of bad one the gateway
 * must refuse (expired, wrong key, {@code alg: none}, wrong issuer, missing claims, …).
 */
public final class TestJwts {

    public static final String ISSUER = "https://auth.peerloop.test";
    public static final String AUDIENCE = "peerloop-feeds-gateway";

    /** Which kind of key the gateway under test is configured with. */
    public enum KeyType {
        HMAC,
        RSA,
        EC,
        JWKS
    }

    private final KeyType keyType;
    private final String secret;
    private final KeyPair rsa = Jwts.SIG.RS256.keyPair().build();
    private final KeyPair ec = Jwts.SIG.ES256.keyPair().build();
    /** JWKS mode: every published RSA key by kid, and the kid tokens are signed with. */
    private final Map<String, KeyPair> published = new java.util.concurrent.ConcurrentHashMap<>(Map.of("k1", rsa));

    private volatile String currentKid = "k1";

    public TestJwts(KeyType keyType, String secret) {
        this.keyType = keyType;
        this.secret = secret;
    }

    /** A random secret of 48 characters: the gateway verifies HS256 and HS384 with it (HS512 needs 64). */
    public static String randomSecret() {
        byte[] bytes = new byte[36];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public KeyType keyType() {
        return keyType;
    }

    public String secret() {
        return secret;
    }

    /** PEM of the public key the gateway should be configured with (RSA or EC mode). */
    public String publicKeyPem() {
        PublicKey key = keyType == KeyType.EC ? ec.getPublic() : rsa.getPublic();
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** JWKS mode: publishes a new RSA key and signs from now on with it. Returns its kid. */
    public String rotate() {
        String kid = "k" + (published.size() + 1);
        published.put(kid, Jwts.SIG.RS256.keyPair().build());
        currentKid = kid;
        return kid;
    }

    /** JWKS mode: the published public keys as a JWK set document. */
    public String jwksJson() {
        List<com.nimbusds.jose.jwk.JWK> keys = published.entrySet().stream()
                .map(e -> (com.nimbusds.jose.jwk.JWK)
                        new com.nimbusds.jose.jwk.RSAKey.Builder((java.security.interfaces.RSAPublicKey)
                                        e.getValue().getPublic())
                                .keyID(e.getKey())
                                .build())
                .toList();
        return new com.nimbusds.jose.jwk.JWKSet(keys).toString();
    }

    /** A valid token for this user with these roles, signed with the configured key. */
    public String token(String userId, String... roles) {
        return forUser(userId).roles(roles).sign();
    }

    public Builder forUser(String userId) {
        return new Builder(userId);
    }

    /** A token with the given {@code alg} header and no signature (e.g. {@code none}, {@code None}). */
    public String unsigned(String alg, String userId) {
        Map<String, Object> claims = forUser(userId).roles("student").claims();
        return encode(Map.of("alg", alg, "typ", "JWT")) + "." + encode(claims) + ".";
    }

    private static String encode(Map<String, Object> json) {
        StringBuilder out = new StringBuilder("{");
        json.forEach((k, v) -> out.append(out.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v instanceof Number ? v.toString() : v instanceof List<?> l ? listJson(l) : "\"" + v + "\""));
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(out.append('}').toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String listJson(List<?> values) {
        return values.stream()
                .map(v -> "\"" + v + "\"")
                .reduce((a, b) -> a + "," + b)
                .map(s -> "[" + s + "]")
                .orElse("[]");
    }

    /** A fluent token under construction; every claim defaults to a valid value. */
    public final class Builder {
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private final Set<String> omitted = new HashSet<>();
        private Key signingKey;

        private Builder(String userId) {
            Instant now = Instant.now();
            claims.put("sub", userId);
            claims.put("iss", ISSUER);
            claims.put("aud", List.of(AUDIENCE));
            claims.put("iat", now.getEpochSecond());
            claims.put("exp", now.plus(Duration.ofMinutes(10)).getEpochSecond());
            claims.put("name", "User " + userId);
            claims.put("picture", "https://img.peerloop.test/" + userId + ".png");
            claims.put("roles", List.of("student"));
        }

        public Builder roles(String... roles) {
            claims.put("roles", List.of(roles));
            return this;
        }

        public Builder name(String name) {
            claims.put("name", name);
            return this;
        }

        public Builder picture(String url) {
            claims.put("picture", url);
            return this;
        }

        public Builder issuer(String issuer) {
            claims.put("iss", issuer);
            return this;
        }

        public Builder audience(String audience) {
            claims.put("aud", List.of(audience));
            return this;
        }

        public Builder issuedAt(Instant at) {
            claims.put("iat", at.getEpochSecond());
            return this;
        }

        public Builder expiresAt(Instant at) {
            claims.put("exp", at.getEpochSecond());
            return this;
        }

        public Builder notBefore(Instant at) {
            claims.put("nbf", at.getEpochSecond());
            return this;
        }

        public Builder claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        public Builder without(String claim) {
            omitted.add(claim);
            return this;
        }

        /** Sign with another key (e.g. a fresh HMAC key, or the public key's bytes as an HMAC secret). */
        public Builder signedWith(Key key) {
            this.signingKey = key;
            return this;
        }

        Map<String, Object> claims() {
            Map<String, Object> out = new LinkedHashMap<>(claims);
            omitted.forEach(out::remove);
            return out;
        }

        public String sign() {
            Map<String, Object> c = claims();
            JwtBuilder jwt = Jwts.builder();
            Map<String, Object> rest = new HashMap<>(c);
            if (rest.remove("sub") instanceof String sub) {
                jwt.subject(sub);
            }
            if (rest.remove("iss") instanceof String iss) {
                jwt.issuer(iss);
            }
            if (rest.remove("aud") instanceof List<?> aud) {
                aud.forEach(a -> jwt.audience().add((String) a));
            }
            if (rest.remove("iat") instanceof Long iat) {
                jwt.issuedAt(new Date(iat * 1000));
            }
            if (rest.remove("exp") instanceof Long exp) {
                jwt.expiration(new Date(exp * 1000));
            }
            if (rest.remove("nbf") instanceof Long nbf) {
                jwt.notBefore(new Date(nbf * 1000));
            }
            rest.forEach(jwt::claim);
            if (signingKey == null && keyType == KeyType.JWKS) {
                jwt.header().keyId(currentKid);
            }
            return jwt.signWith(signingKey != null ? signingKey : defaultKey()).compact();
        }
    }

    private Key defaultKey() {
        return switch (keyType) {
            case HMAC -> Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
            case RSA -> rsa.getPrivate();
            case EC -> ec.getPrivate();
            case JWKS -> published.get(currentKid).getPrivate();
        };
    }
}
