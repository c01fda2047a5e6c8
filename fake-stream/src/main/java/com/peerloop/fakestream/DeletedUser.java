package com.peerloop.fakestream;

import java.time.Instant;

/**
 * A user removed by {@code POST /api/v2/users/delete}.
 *
 * @param mode the request's {@code user} mode: {@code soft}, {@code pruning} or {@code hard}
 */
public record DeletedUser(String id, String mode, Instant deletedAt) {}
