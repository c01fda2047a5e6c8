package com.peerloop.fakestream;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.PrematureJwtException;
import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.SignatureException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Stream's request authentication (reference §2, §3): {@code api_key} query parameter, {@code Stream-Auth-Type: jwt}
 * and a raw (no {@code Bearer}) HS256 JWT in {@code Authorization}, signed with the API secret. Server tokens carry
 * {@code server: true}; user tokens carry {@code user_id} and are subject to {@code exp}, {@code nbf}, {@code iat}
 * and the per-user and app-wide {@code revoke_tokens_issued_before}. Error codes from Stream's error table
 * (docs: api_errors_response): 2 key, 5 auth, 40 expired (a revoked token "will be considered expired", docs:
 * tokens-and-authentication), 41 not valid yet, 42 date incorrect, 43 signature.
 */
final class TokenVerifier {

    private final String apiKey;
    private final JwtParser parser;
    private final FakeStreamState state;

    TokenVerifier(String apiKey, String apiSecret, FakeStreamState state) {
        this.apiKey = apiKey;
        this.state = state;
        this.parser = Jwts.parser()
                .verifyWith(Keys.hmacShaKeyFor(apiSecret.getBytes(StandardCharsets.UTF_8)))
                .clock(() -> Date.from(state.now()))
                .build();
    }

    /**
     * Checks a request's credentials.
     *
     * @param authType the {@code Stream-Auth-Type} header, which every official SDK sends as {@code jwt}
     * @return the user id of an accepted user token, or {@code null} for the server token
     * @throws StreamError 401 (codes 2, 5, 40, 41, 42, 43) or 403 (code 17) as Stream answers them
     */
    String authenticate(String requestApiKey, String authType, String authorization, boolean userTokensAllowed) {
        if (requestApiKey == null || requestApiKey.isEmpty()) {
            throw new StreamError(401, 2, "api_key not found");
        }
        if (!apiKey.equals(requestApiKey)) {
            throw new StreamError(401, 2, "api_key not valid");
        }
        // Without "jwt" Stream would not read the token as a JWT at all (anonymous auth is a chat feature):
        // unverified what it answers then; refusing is the stricter reading.
        if (!"jwt".equalsIgnoreCase(authType == null ? "" : authType.trim())) {
            throw new StreamError(401, 5, "Stream-Auth-Type must be jwt");
        }
        if (authorization == null || authorization.isBlank()) {
            throw new StreamError(401, 5, "Authorization header is missing");
        }
        Claims claims = verify(authorization.trim());
        Object server = claims.get("server");
        if (Boolean.TRUE.equals(server) || "true".equals(server)) {
            return null;
        }
        String userId = claims.get("user_id", String.class);
        if (userId == null || userId.isEmpty()) {
            throw new StreamError(401, 5, "JWTAuth error: token has neither server nor user_id claim");
        }
        if (!userTokensAllowed) {
            throw StreamError.forbidden("user tokens are not allowed on this endpoint");
        }
        requireNotRevoked(userId, claims.getIssuedAt());
        return userId;
    }

    /** Why Stream would refuse this user token, or empty when it would accept it. */
    Optional<StreamError> userTokenProblem(String jwt) {
        try {
            Claims claims = verify(jwt == null ? "" : jwt);
            String userId = claims.get("user_id", String.class);
            if (userId == null || userId.isEmpty()) {
                return Optional.of(new StreamError(401, 5, "JWTAuth error: user_id claim missing"));
            }
            requireNotRevoked(userId, claims.getIssuedAt());
            return Optional.empty();
        } catch (StreamError e) {
            return Optional.of(e);
        } catch (RuntimeException e) {
            return Optional.of(
                    new StreamError(401, 5, "JWTAuth error: " + e.getClass().getSimpleName()));
        }
    }

    private Claims verify(String jwt) {
        Claims claims;
        try {
            claims = parser.parseSignedClaims(jwt).getPayload();
        } catch (SignatureException e) {
            throw new StreamError(
                    401,
                    43,
                    "JWTAuth error: signature is not valid. Make sure the token is created "
                            + "using the secret for API key \"" + apiKey + "\"");
        } catch (ExpiredJwtException e) {
            throw new StreamError(401, 40, "JWTAuth error: token is expired");
        } catch (PrematureJwtException e) {
            throw new StreamError(401, 41, "JWTAuth error: token is not valid yet");
        } catch (JwtException | IllegalArgumentException e) {
            throw new StreamError(401, 5, "JWTAuth error: token is not a valid HS256 JWT");
        }
        // jjwt does not check iat. Stream refuses a token "used before issue" (reference §7: no skew allowance
        // reported), so an iat later than the fake's clock is refused with code 42.
        Date issuedAt = claims.getIssuedAt();
        if (issuedAt != null && issuedAt.toInstant().isAfter(state.now())) {
            throw new StreamError(401, 42, "JWTAuth error: token used before issue at (iat)");
        }
        return claims;
    }

    /**
     * A user token is refused when its {@code iat} is before the user's or the app's cut-off, or when it has no
     * {@code iat} and a cut-off applies (the app-wide revoke "will expire every user's token, regardless of whether
     * the token has an iat claim", stream-cli docs; the same for a user's cut-off is unverified, stricter reading).
     */
    private void requireNotRevoked(String userId, Date issuedAt) {
        Optional<Instant> userRevoke = state.users().get(userId).map(StoredUser::revokeTokensIssuedBefore);
        Optional<Instant> appRevoke = state.app().revokeTokensIssuedBefore();
        for (Optional<Instant> revoke : List.of(userRevoke, appRevoke)) {
            if (revoke.isPresent() && (issuedAt == null || issuedAt.toInstant().isBefore(revoke.get()))) {
                throw new StreamError(401, 40, "JWTAuth error: token has been revoked");
            }
        }
    }
}
