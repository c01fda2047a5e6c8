package com.peerloop.gateway.revocation;

import java.time.Instant;

/** The answer to {@code POST /api/admin/users/{userId}/revoke-tokens}. */
record UserTokensRevoked(String userId, Instant revokedBefore) {}
