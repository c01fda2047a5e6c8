package com.peerloop.gateway.audit;

import java.util.Objects;

/**
 * One auditable action, as another package reports it to the {@link AuditTrail}. The time is added by
 * the audit log from the application clock.
 *
 * @param actorId   who acted: the caller's user id (1–64 characters)
 * @param action    what was done, a stable dotted name such as {@code tokens.revoke_user} (1–64 characters)
 * @param target    what it was done to, such as {@code user:u_42}; may be null (at most 200 characters)
 * @param reason    why, as the actor gave it; may be null (at most 500 characters)
 * @param requestId the request it happened in ({@code RequestIds.of(request)}); may be null for work
 *                  that no request started (at most 128 characters)
 */
public record AuditEntry(String actorId, String action, String target, String reason, String requestId) {

    public AuditEntry {
        requireLength("actorId", Objects.requireNonNull(actorId, "actorId"), 1, 64);
        requireLength("action", Objects.requireNonNull(action, "action"), 1, 64);
        requireLength("target", target, 0, 200);
        requireLength("reason", reason, 0, 500);
        requireLength("requestId", requestId, 0, 128);
    }

    private static void requireLength(String name, String value, int min, int max) {
        if (value != null && (value.length() < min || value.length() > max)) {
            throw new IllegalArgumentException(name + " must be " + min + "–" + max + " characters");
        }
    }
}
