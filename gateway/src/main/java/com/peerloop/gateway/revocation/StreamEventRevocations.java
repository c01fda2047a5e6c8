package com.peerloop.gateway.revocation;

import com.peerloop.gateway.webhook.StreamUserRevoked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Revokes a user whom Stream reports deleted or banned, as an admin's revocation does (gateway cut-off,
 * audit entry, then Stream), with {@code stream-webhook} as the actor; the cut-off is the time the event
 * was received, so that applying the event again is harmless.
 */
@Component
class StreamEventRevocations {

    static final String ACTOR = "stream-webhook";

    private final TokenRevocations revocations;

    StreamEventRevocations(TokenRevocations revocations) {
        this.revocations = revocations;
    }

    @EventListener
    void revoke(StreamUserRevoked event) {
        revocations.revokeUserOnce(ACTOR, event.userId(), event.asOf(), event.reason(), event.requestId());
    }
}
