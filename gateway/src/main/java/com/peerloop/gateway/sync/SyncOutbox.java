package com.peerloop.gateway.sync;

import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.sync.SyncIntent.Action;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code sync_intents} table. Every method is one SQL statement, so none holds a transaction open
 * beyond it; {@link #add} joins the caller's transaction (the record change's).
 */
@Component
class SyncOutbox {

    /**
     * Claims due intents that no other instance holds, at most one per user and feed, and only the oldest
     * pending one of each user and feed, whether that is due or backing off: an intent never overtakes an
     * earlier one of its user and feed, nor runs beside one that is in flight. {@code FOR UPDATE SKIP LOCKED}
     * lets instances claim side by side without waiting for or taking each other's rows.
     */
    private static final String CLAIM = """
            update sync_intents s
               set lease_owner = :owner, lease_until = :leaseUntil, attempts = s.attempts + 1
             where s.id in (
                   select i.id from sync_intents i
                    where i.status = 'PENDING' and i.next_attempt_at <= :now
                      and (i.lease_until is null or i.lease_until < :now)
                      and not exists (
                          select 1 from sync_intents e
                           where e.status = 'PENDING' and e.user_id = i.user_id
                             and e.feed_group = i.feed_group and e.feed_id = i.feed_id and e.id <> i.id
                             and (e.id < i.id or e.lease_until >= :now))
                    order by i.id
                    limit :limit
                    for update skip locked)
            returning s.id, s.action, s.user_id, s.feed_group, s.feed_id, s.attempts, s.created_at""";

    private final JdbcClient jdbc;

    SyncOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(List<SyncIntent.New> intents, String requestId, Instant now) {
        for (SyncIntent.New intent : intents) {
            jdbc.sql("""
                    insert into sync_intents (action, user_id, feed_group, feed_id, next_attempt_at, request_id, created_at)
                    values (:action, :userId, :group, :feedId, :now, :requestId, :now)""")
                    .param("action", intent.action().name())
                    .param("userId", intent.userId())
                    .param("group", intent.feed().group().id())
                    .param("feedId", intent.feed().id())
                    .param("now", time(now))
                    .param("requestId", requestId)
                    .update();
        }
    }

    List<SyncIntent> claim(String owner, int limit, Instant now, Duration lease) {
        return jdbc.sql(CLAIM)
                .param("owner", owner)
                .param("leaseUntil", time(now.plus(lease)))
                .param("now", time(now))
                .param("limit", limit)
                .query(SyncOutbox::intent)
                .list();
    }

    /** Removes applied intents (only while this owner's claim holds). */
    void done(Collection<Long> ids, String owner) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from sync_intents where id in (:ids) and lease_owner = :owner")
                    .param("ids", ids)
                    .param("owner", owner)
                    .update();
        }
    }

    /** Hands claimed intents back untried: due at once, the claim's attempt not counted. */
    void release(Collection<Long> ids, String owner) {
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    update sync_intents set lease_owner = null, lease_until = null, attempts = attempts - 1
                     where id in (:ids) and lease_owner = :owner""").param("ids", ids).param("owner", owner).update();
        }
    }

    /** Releases a failed intent: due again at {@code next}, or parked as failed when {@code park}. */
    void failed(long id, String owner, boolean park, Instant next, String error) {
        jdbc.sql("""
                update sync_intents
                   set status = :status, next_attempt_at = :next, last_error = :error,
                       lease_owner = null, lease_until = null
                 where id = :id and lease_owner = :owner""")
                .param("status", park ? "FAILED" : "PENDING")
                .param("next", time(next))
                .param("error", error)
                .param("id", id)
                .param("owner", owner)
                .update();
    }

    /** Makes every parked intent due now, with a fresh count of attempts; returns how many. */
    int retryFailed(Instant now) {
        return jdbc.sql("""
                update sync_intents set status = 'PENDING', attempts = 0, next_attempt_at = :now
                 where status = 'FAILED'""").param("now", time(now)).update();
    }

    SyncStatus status(Instant now) {
        return jdbc.sql("""
                select count(*) filter (where status = 'PENDING'), count(*) filter (where status = 'FAILED'),
                       min(created_at) filter (where status = 'PENDING')
                  from sync_intents""")
                .query((rs, n) -> {
                    OffsetDateTime oldest = rs.getObject(3, OffsetDateTime.class);
                    long age = oldest == null
                            ? 0
                            : Math.max(
                                    0, Duration.between(oldest.toInstant(), now).toSeconds());
                    return new SyncStatus(rs.getLong(1), rs.getLong(2), age);
                })
                .single();
    }

    private static SyncIntent intent(ResultSet rs, int row) throws SQLException {
        Feed feed = new Feed(FeedGroup.parse(rs.getString(4)).orElseThrow(), rs.getString(5));
        return new SyncIntent(
                rs.getLong(1),
                Action.valueOf(rs.getString(2)),
                rs.getString(3),
                feed,
                rs.getInt(6),
                rs.getObject(7, OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
