package com.peerloop.gateway.audit;

import java.util.List;

/** The body of {@code GET /api/admin/audit}: entries newest first, and the cursor of the next page or null. */
record AuditPage(List<AuditEntryView> entries, String next) {}
