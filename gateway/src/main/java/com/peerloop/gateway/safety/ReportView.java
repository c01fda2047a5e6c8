package com.peerloop.gateway.safety;

import java.time.Instant;

/**
 * A report as the reporter and the feed's moderators see it.
 *
 * @param target what was reported: {@code {"type": "activity"|"comment", "id", "activityId"}}
 * @param feed   the feed whose moderators review it, {@code group:id}
 * @param state  {@code open}, {@code dismissed} or {@code removed}
 */
record ReportView(
        String id,
        Target target,
        String feed,
        String reason,
        String details,
        String reporterId,
        String state,
        Instant createdAt,
        Instant resolvedAt,
        String resolvedBy) {

    record Target(String type, String id, String activityId) {}

    static ReportView of(ReportStore.Row row) {
        return new ReportView(
                row.id().toString(),
                new Target(row.targetType(), row.targetId(), row.activityId()),
                row.feed(),
                row.reason(),
                row.details(),
                row.reporterId(),
                row.state(),
                row.createdAt(),
                row.resolvedAt(),
                row.resolvedBy());
    }
}
