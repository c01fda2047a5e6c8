package com.peerloop.gateway.revocation;

import com.peerloop.gateway.ids.Identifiers;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Refuses a PeerLoop JWT whose {@code iat} is before its user's or the app's revocation cut-off. The
 * JWT decoder picks up every such validator bean; the refusal becomes the usual 401 {@code invalid_token}.
 */
@Component
class RevokedTokenValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REVOKED =
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token has been revoked.", null);

    private final RevocationCache revocations;

    RevokedTokenValidator(RevocationCache revocations) {
        this.revocations = revocations;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        Instant issuedAt = jwt.getIssuedAt();
        String userId = jwt.getSubject();
        if (issuedAt == null || !Identifiers.isValid(userId)) {
            return OAuth2TokenValidatorResult.success(); // refused by the claim rules; nothing to look up
        }
        return revocations.isRevoked(userId, issuedAt)
                ? OAuth2TokenValidatorResult.failure(REVOKED)
                : OAuth2TokenValidatorResult.success();
    }
}
