package com.peerloop.gateway.webhook;

import java.time.Instant;

/**
 * Revokes a user at the gateway: from then on the user's PeerLoop JWTs issued before a given instant are
 * refused. Implemented by the package that owns revocation; the webhook effects call it when Stream
 * reports that a user was deleted or banned app-wide.
 */
public interface GatewayUserRevocation {

    /**
     * Revokes the user's tokens issued before {@code asOf}, once: a repeat with the same instant (after a
     * failure half-way) finds the gateway's cut-off in place, adds no second audit entry, and only sets
     * Stream's cut-off again. Throws (e.g. a {@link com.peerloop.gateway.stream.StreamFailure}) when
     * it cannot be done now; the event's effect is then tried again later.
     *
     * @param userId    a valid identifier
     * @param asOf      when the gateway learnt of the event
     * @param reason    why, for the audit log (e.g. {@code "Stream event user.banned"})
     * @param requestId the id of the webhook request that delivered the event
     */
    void revokeUser(String userId, Instant asOf, String reason, String requestId);
}
