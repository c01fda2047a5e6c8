package com.peerloop.gateway.webhook;

import java.time.Instant;

/**
 * Stream reported a user deleted or banned app-wide: from then on the user's PeerLoop JWTs issued before
 * {@code asOf} are to be refused. Published synchronously while the webhook event's effects are applied, so
 * a listener that cannot revoke now throws (e.g. a {@link com.peerloop.gateway.stream.StreamFailure}) and
 * the event's effects are tried again later. A listener must be safe to repeat with the same {@code asOf}.
 *
 * @param userId    a valid identifier
 * @param asOf      when the gateway received the event
 * @param reason    why, for the audit log (e.g. {@code "Stream event user.banned"})
 * @param requestId the id of the webhook request that delivered the event
 */
public record StreamUserRevoked(String userId, Instant asOf, String reason, String requestId) {}
