package com.peerloop.gateway.revocation;

import java.time.Instant;

import org.springframework.stereotype.Component;

import com.peerloop.gateway.webhook.GatewayUserRevocation;

/**
 * Revokes a user whom Stream reports deleted or banned, as an admin's revocation does (gateway cut-off,
 * audit entry, then Stream), with {@code stream-webhook} as the actor; the cut-off is the time the event
 * was received, so that applying the event again is harmless.
 */
@Component
class StreamEventRevocations implements GatewayUserRevocation {

    static final String ACTOR = "stream-webhook";

    private final TokenRevocations revocations;

    StreamEventRevocations(TokenRevocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public void revokeUser(String userId, Instant asOf, String reason, String requestId) {
        revocations.revokeUserOnce(ACTOR, userId, asOf, reason, requestId);
    }
}
