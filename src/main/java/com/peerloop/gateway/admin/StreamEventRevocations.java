package com.peerloop.gateway.admin;

import org.springframework.stereotype.Component;

import com.peerloop.gateway.webhook.GatewayUserRevocation;

/**
 * Revokes a user whom Stream reports deleted or banned, exactly as an admin's revocation does (gateway
 * cut-off, audit entry, then Stream), with {@code stream-webhook} as the actor.
 */
@Component
class StreamEventRevocations implements GatewayUserRevocation {

    static final String ACTOR = "stream-webhook";

    private final TokenRevocations revocations;

    StreamEventRevocations(TokenRevocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public void revokeUser(String userId, String reason, String requestId) {
        revocations.revokeUser(ACTOR, userId, reason, requestId);
    }
}
