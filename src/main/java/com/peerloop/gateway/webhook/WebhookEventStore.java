package com.peerloop.gateway.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code webhook_events} table: one row per event, keyed by its dedupe key. An event is claimed by
 * the delivery that inserted it; a later delivery claims it again only when processing failed, or when
 * the claiming instance stopped before finishing ({@link #STALE_CLAIM}). Each statement commits alone.
 */
@Repository
class WebhookEventStore {

    static final Duration STALE_CLAIM = Duration.ofMinutes(2);

    /** One stored event as listed to admins. */
    record Row(long seq, String key, String type, Integer attempt, int deliveries, Instant receivedAt,
            String state, Instant processedAt, String payload) {}

    private final JdbcClient jdbc;

    WebhookEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the event if new and counts the delivery; true when this delivery should process it. */
    boolean claim(String key, String type, Integer attempt, String payload, Instant now) {
        int inserted = jdbc.sql("""
                insert into webhook_events
                    (event_key, event_type, attempt, deliveries, received_at, state, claimed_at, payload)
                values (:key, :type, :attempt, 1, :now, 'PROCESSING', :now, cast(:payload as jsonb))
                on conflict (event_key) do nothing""")
                .param("key", key).param("type", type).param("attempt", attempt).param("now", at(now))
                .param("payload", payload)
                .update();
        if (inserted == 1) {
            return true;
        }
        jdbc.sql("update webhook_events set deliveries = deliveries + 1 where event_key = :key")
                .param("key", key).update();
        return jdbc.sql("""
                update webhook_events set state = 'PROCESSING', claimed_at = :now
                where event_key = :key
                  and (state = 'FAILED' or (state = 'PROCESSING' and claimed_at < :stale))""")
                .param("key", key).param("now", at(now)).param("stale", at(now.minus(STALE_CLAIM)))
                .update() == 1;
    }

    void done(String key, Instant now) {
        jdbc.sql("update webhook_events set state = 'DONE', processed_at = :now where event_key = :key")
                .param("key", key).param("now", at(now)).update();
    }

    void failed(String key) {
        jdbc.sql("update webhook_events set state = 'FAILED' where event_key = :key").param("key", key).update();
    }

    /** Newest first, before the given sequence number (exclusive). */
    List<Row> page(String type, long before, int limit) {
        StringBuilder sql = new StringBuilder("""
                select seq, event_key, event_type, attempt, deliveries, received_at, state, processed_at,
                       payload::text as payload
                from webhook_events where seq < :before""");
        if (type != null) {
            sql.append(" and event_type = :type");
        }
        sql.append(" order by seq desc limit :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("before", before).param("limit", limit);
        if (type != null) {
            statement = statement.param("type", type);
        }
        return statement.query((rs, n) -> new Row(rs.getLong("seq"), rs.getString("event_key"),
                rs.getString("event_type"), (Integer) rs.getObject("attempt"), rs.getInt("deliveries"),
                instant(rs.getObject("received_at", OffsetDateTime.class)), rs.getString("state"),
                instant(rs.getObject("processed_at", OffsetDateTime.class)), rs.getString("payload")))
                .list();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
