package com.peerloop.gateway.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code webhook_events} table: one row per event, keyed by its dedupe key, with the status of its
 * effects. A delivery stores the event as pending; the effect poller claims due pending events under a
 * lease, then marks each done, due again later, or parked as failed. Each statement commits alone, so no
 * transaction is held while an effect runs.
 */
@Repository
class WebhookEventStore {

    /**
     * Claims due pending events that no other instance holds. {@code FOR UPDATE SKIP LOCKED} lets
     * instances claim side by side without waiting for or taking each other's rows; the lease lets another
     * instance take an event over when the claiming one stopped half-way. Effects do not depend on order.
     */
    private static final String CLAIM = """
            update webhook_events w
               set lease_owner = :owner, lease_until = :leaseUntil, attempts = w.attempts + 1
             where w.seq in (
                   select e.seq from webhook_events e
                    where e.state = 'PENDING' and e.next_attempt_at <= :now
                      and (e.lease_until is null or e.lease_until < :now)
                    order by e.next_attempt_at, e.seq
                    limit :limit
                    for update skip locked)
            returning w.seq, w.event_key, w.event_type, w.attempts, w.received_at, w.request_id,
                      w.payload::text as payload""";

    /** One stored event as listed to admins. */
    record Row(
            long seq,
            String key,
            String type,
            Integer attempt,
            int deliveries,
            Instant receivedAt,
            String state,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant processedAt,
            String payload) {}

    /** A claimed event whose effects are to be applied; {@code attempts} counts this one. */
    record Claimed(
            long seq, String key, String type, int attempts, Instant receivedAt, String requestId, String payload) {}

    /** Events whose effects are still to be applied, and those parked after too many attempts. */
    record Status(long pending, long parked) {}

    private final JdbcClient jdbc;

    WebhookEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the event, pending and due now, if it is new; else counts the delivery. True when new. */
    boolean store(String key, String type, Integer attempt, String payload, String requestId, Instant now) {
        int inserted = jdbc.sql("""
                insert into webhook_events (event_key, event_type, attempt, deliveries, received_at, state,
                                            next_attempt_at, request_id, payload)
                values (:key, :type, :attempt, 1, :now, 'PENDING', :now, :requestId, cast(:payload as jsonb))
                on conflict (event_key) do nothing""")
                .param("key", key)
                .param("type", type)
                .param("attempt", attempt)
                .param("now", at(now))
                .param("requestId", requestId)
                .param("payload", payload)
                .update();
        if (inserted == 1) {
            return true;
        }
        jdbc.sql("update webhook_events set deliveries = deliveries + 1 where event_key = :key")
                .param("key", key)
                .update();
        return false;
    }

    List<Claimed> claim(String owner, int limit, Instant now, Duration lease) {
        return jdbc.sql(CLAIM)
                .param("owner", owner)
                .param("leaseUntil", at(now.plus(lease)))
                .param("now", at(now))
                .param("limit", limit)
                .query((rs, n) -> new Claimed(
                        rs.getLong("seq"),
                        rs.getString("event_key"),
                        rs.getString("event_type"),
                        rs.getInt("attempts"),
                        instant(rs.getObject("received_at", OffsetDateTime.class)),
                        rs.getString("request_id"),
                        rs.getString("payload")))
                .list();
    }

    /** Marks the effects applied, while this owner's claim holds; false when it no longer did. */
    boolean done(long seq, String owner, Instant now) {
        return jdbc.sql("""
                update webhook_events
                   set state = 'DONE', processed_at = :now, next_attempt_at = null, last_error = null,
                       lease_owner = null, lease_until = null
                 where seq = :seq and lease_owner = :owner""")
                        .param("seq", seq)
                        .param("owner", owner)
                        .param("now", at(now))
                        .update()
                == 1;
    }

    /** Releases a failed event: due again at {@code next}, or parked as failed when {@code park}. */
    boolean failed(long seq, String owner, boolean park, Instant next, String error) {
        return jdbc.sql("""
                update webhook_events
                   set state = :state, next_attempt_at = :next, last_error = :error,
                       lease_owner = null, lease_until = null
                 where seq = :seq and lease_owner = :owner""")
                        .param("state", park ? "FAILED" : "PENDING")
                        .param("next", park ? null : at(next))
                        .param("error", error)
                        .param("seq", seq)
                        .param("owner", owner)
                        .update()
                == 1;
    }

    Status status() {
        return jdbc.sql("""
                select (select count(*) from webhook_events where state = 'PENDING'),
                       (select count(*) from webhook_events where state = 'FAILED')""")
                .query((rs, n) -> new Status(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** Newest first, before the given sequence number (exclusive), of one type and state when not null. */
    List<Row> page(String type, String state, long before, int limit) {
        StringBuilder sql = new StringBuilder("""
                select seq, event_key, event_type, attempt, deliveries, received_at, state, attempts,
                       next_attempt_at, last_error, processed_at, payload::text as payload
                from webhook_events where seq < :before""");
        if (type != null) {
            sql.append(" and event_type = :type");
        }
        if (state != null) {
            sql.append(" and state = :state");
        }
        sql.append(" order by seq desc limit :limit");
        JdbcClient.StatementSpec statement =
                jdbc.sql(sql.toString()).param("before", before).param("limit", limit);
        if (type != null) {
            statement = statement.param("type", type);
        }
        if (state != null) {
            statement = statement.param("state", state);
        }
        return statement
                .query((rs, n) -> new Row(
                        rs.getLong("seq"),
                        rs.getString("event_key"),
                        rs.getString("event_type"),
                        (Integer) rs.getObject("attempt"),
                        rs.getInt("deliveries"),
                        instant(rs.getObject("received_at", OffsetDateTime.class)),
                        rs.getString("state"),
                        rs.getInt("attempts"),
                        instant(rs.getObject("next_attempt_at", OffsetDateTime.class)),
                        rs.getString("last_error"),
                        instant(rs.getObject("processed_at", OffsetDateTime.class)),
                        rs.getString("payload")))
                .list();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
