package com.peerloop.gateway.revocation;

import java.time.Instant;

/** The answer to {@code POST /api/admin/revoke-all-tokens}. */
record AllTokensRevoked(Instant revokedBefore) {}
