package com.peerloop.gateway.audit;

import java.time.Instant;

/** One entry of {@code GET /api/admin/audit}. */
record AuditEntryView(
        long id, Instant at, String actorId, String action, String target, String reason, String requestId) {}
