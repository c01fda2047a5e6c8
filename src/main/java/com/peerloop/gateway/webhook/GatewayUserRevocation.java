package com.peerloop.gateway.webhook;

/**
 * Revokes a user at the gateway: from then on the user's PeerLoop JWTs issued before now are refused.
 * Implemented by the package that owns revocation; the webhook receiver calls it when Stream reports
 * that a user was deleted or banned app-wide.
 */
public interface GatewayUserRevocation {

    /**
     * Revokes the user's tokens issued before now. Safe to repeat. Throws an
     * {@link com.peerloop.gateway.web.ApiProblemException} when it cannot be done now; the delivery
     * then fails and Stream retries it.
     *
     * @param userId    a valid identifier
     * @param reason    why, for the audit log (e.g. {@code "Stream event user.banned"})
     * @param requestId the webhook request's id
     */
    void revokeUser(String userId, String reason, String requestId);
}
