package com.peerloop.gateway.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link AuditTrail} on the {@code audit_log} table, and the admin's view of it, newest first. */
@Repository
class AuditLog implements AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbc.sql("""
                INSERT INTO audit_log (at, actor_id, action, target, reason, request_id)
                VALUES (:at, :actorId, :action, :target, :reason, :requestId)""")
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("actorId", entry.actorId())
                .param("action", entry.action())
                .param("target", entry.target())
                .param("reason", entry.reason())
                .param("requestId", entry.requestId())
                .update();
    }

    /** Up to {@code limit} entries with an id below {@code beforeId}, newest first. */
    List<AuditEntryView> page(int limit, long beforeId) {
        return jdbc.sql("""
                SELECT id, at, actor_id, action, target, reason, request_id FROM audit_log
                WHERE id < :before ORDER BY id DESC LIMIT :limit""")
                .param("before", beforeId)
                .param("limit", limit)
                .query((rs, row) -> new AuditEntryView(
                        rs.getLong("id"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor_id"),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("reason"),
                        rs.getString("request_id")))
                .list();
    }
}
