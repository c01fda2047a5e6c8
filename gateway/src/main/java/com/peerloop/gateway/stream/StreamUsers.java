package com.peerloop.gateway.stream;

import java.time.Instant;

/** Stream's user directory and user tokens, as the gateway uses them. Failures are {@link StreamFailure}s. */
public interface StreamUsers {

    /**
     * Gives the Stream user with this id this name and image (a missing one is removed), leaving every other
     * field Stream keeps, such as a token revocation; creates the user when Stream does not have it.
     */
    void upsert(StreamUserProfile profile);

    /**
     * Like {@link #upsert}, but skipped when this instance sent the very same profile recently: callers
     * use it before every write on a user's behalf, so that Stream can show the author's name and image.
     */
    void ensure(StreamUserProfile profile);

    /** Mints a Stream user token for this user id, valid for the configured token validity. */
    IssuedStreamToken issueToken(String userId);

    /**
     * Makes Stream refuse this user's tokens that {@link #issueToken} minted before {@code issuedBefore}
     * (whole seconds), while tokens minted from then on work. Setting the same or a later time again is
     * harmless. A user Stream does not know has no token to revoke; that is not an error.
     */
    void revokeTokens(String userId, Instant issuedBefore);

    /**
     * Makes Stream refuse every user's tokens minted before {@code issuedBefore}, changing no other app
     * setting.
     */
    void revokeAllTokens(Instant issuedBefore);
}
