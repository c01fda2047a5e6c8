package com.peerloop.gateway.revocation;

import java.time.Instant;

/** Revocation of one user's tokens, for other modules (the erasure of a user's data). */
public interface UserRevocations {

    /**
     * Refuses the user's PeerLoop JWTs and Stream tokens issued before {@code asOf} (to the second). Safe to
     * repeat: when that cut-off is already in place nothing is written at the gateway and only Stream is told
     * again. Stream's failures are {@link com.peerloop.gateway.stream.StreamFailure}s, after the gateway's
     * cut-off is committed.
     */
    Instant revokeUserOnce(String actorId, String userId, Instant asOf, String reason, String requestId);
}
