package com.peerloop.gateway.stream;

import java.time.Instant;

/** A Stream user token and the times in its claims. */
public record IssuedStreamToken(String apiKey, String userId, String token, Instant issuedAt, Instant expiresAt) {}
