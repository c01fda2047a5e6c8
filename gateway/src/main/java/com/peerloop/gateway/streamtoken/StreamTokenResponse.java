package com.peerloop.gateway.streamtoken;

import java.time.Instant;

/** The body of {@code POST /api/stream/token}. */
record StreamTokenResponse(String apiKey, String userId, String token, Instant expiresAt) {}
