package com.peerloop.gateway.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code user_jobs} table. Every method is one statement; the worker's updates hold only while its claim
 * does ({@code lease_owner}), so a job taken over by another instance is not changed by the one that lost it.
 */
@Repository
class UserJobs {

    private static final String COLUMNS = """
            id, kind, user_id, state, step, stream_task_id, attempts, last_error, actor_id, request_id,
            created_at, updated_at, finished_at, document is not null as has_document""";

    /**
     * Claims due open jobs that no other instance holds; {@code FOR UPDATE SKIP LOCKED} lets instances claim side
     * by side without waiting for each other's rows, and the lease lets another instance take over a job whose
     * instance stopped.
     */
    private static final String CLAIM = """
            update user_jobs j
               set lease_owner = :owner, lease_until = :leaseUntil, state = 'RUNNING', updated_at = :now
             where j.id in (
                   select o.id from user_jobs o
                    where o.state in ('PENDING', 'RUNNING') and o.next_attempt_at <= :now
                      and (o.lease_until is null or o.lease_until < :now)
                    order by o.next_attempt_at
                    limit :limit
                    for update skip locked)
            returning\s""" + COLUMNS;

    /** Jobs by state, for the gauges. */
    record Counts(long pending, long running, long failed) {}

    private final JdbcClient jdbc;

    UserJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a pending erasure of the user, or answers the open one (there is at most one: a unique index); the
     * boolean says whether this call created it.
     */
    Map.Entry<UserJob, Boolean> openErasure(String userId, String actorId, String requestId, Instant now) {
        Optional<UserJob> created = insert(UserJob.Kind.ERASE, userId, actorId, requestId, now, true);
        return created.map(job -> Map.entry(job, true))
                .orElseGet(() -> Map.entry(
                        jdbc.sql("select " + COLUMNS + " from user_jobs where user_id = :userId and kind = 'ERASE'"
                                        + " and state in ('PENDING', 'RUNNING')")
                                .param("userId", userId)
                                .query(UserJobs::job)
                                .single(),
                        false));
    }

    UserJob newExport(String userId, String actorId, String requestId, Instant now) {
        return insert(UserJob.Kind.EXPORT, userId, actorId, requestId, now, false)
                .orElseThrow();
    }

    private Optional<UserJob> insert(
            UserJob.Kind kind, String userId, String actorId, String requestId, Instant now, boolean onlyOne) {
        return jdbc.sql("""
                insert into user_jobs (id, kind, user_id, state, next_attempt_at, actor_id, request_id, created_at,
                                       updated_at)
                values (:id, :kind, :userId, 'PENDING', :now, :actorId, :requestId, :now, :now)
                """
                        + (onlyOne
                                ? " on conflict (user_id) where kind = 'ERASE' and state in ('PENDING', 'RUNNING')"
                                        + " do nothing"
                                : "")
                        + " returning " + COLUMNS)
                .param("id", UUID.randomUUID().toString())
                .param("kind", kind.name())
                .param("userId", userId)
                .param("now", time(now))
                .param("actorId", actorId)
                .param("requestId", requestId)
                .query(UserJobs::job)
                .optional();
    }

    Optional<UserJob> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from user_jobs where id = :id")
                .param("id", id)
                .query(UserJobs::job)
                .optional();
    }

    List<UserJob> claim(String owner, int limit, Instant now, Duration lease) {
        return jdbc.sql(CLAIM)
                .param("owner", owner)
                .param("leaseUntil", time(now.plus(lease)))
                .param("now", time(now))
                .param("limit", limit)
                .query(UserJobs::job)
                .list();
    }

    /** Records a completed step (and any task it leaves to wait for), keeping the claim. */
    boolean stepDone(String id, String owner, int step, Instant now) {
        return jdbc.sql("""
                update user_jobs set step = :step, stream_task_id = null, attempts = 0, last_error = null,
                                     updated_at = :now
                 where id = :id and lease_owner = :owner""")
                        .param("step", step)
                        .param("now", time(now))
                        .param("id", id)
                        .param("owner", owner)
                        .update()
                == 1;
    }

    /** Remembers the Stream task the current step started, keeping the claim. */
    boolean taskStarted(String id, String owner, String taskId, Instant now) {
        return jdbc.sql("""
                update user_jobs set stream_task_id = :taskId, updated_at = :now
                 where id = :id and lease_owner = :owner""")
                        .param("taskId", taskId)
                        .param("now", time(now))
                        .param("id", id)
                        .param("owner", owner)
                        .update()
                == 1;
    }

    /** Releases the job until {@code next}, when its Stream task is asked about again. */
    void waitUntil(String id, String owner, Instant next, Instant now) {
        jdbc.sql("""
                update user_jobs set next_attempt_at = :next, lease_owner = null, lease_until = null, updated_at = :now
                 where id = :id and lease_owner = :owner""")
                .param("next", time(next))
                .param("now", time(now))
                .param("id", id)
                .param("owner", owner)
                .update();
    }

    /** Releases a failed attempt: due again at {@code next}, or parked as failed. A failed task is forgotten. */
    void failed(String id, String owner, boolean park, int attempts, Instant next, String error, Instant now) {
        jdbc.sql("""
                update user_jobs
                   set state = :state, attempts = :attempts, next_attempt_at = :next, last_error = :error,
                       stream_task_id = null, lease_owner = null, lease_until = null, updated_at = :now,
                       finished_at = case when :park then cast(:now as timestamptz) else null end
                 where id = :id and lease_owner = :owner""")
                .param("state", park ? "FAILED" : "RUNNING")
                .param("attempts", attempts)
                .param("next", time(next))
                .param("error", error)
                .param("park", park)
                .param("now", time(now))
                .param("id", id)
                .param("owner", owner)
                .update();
    }

    /** Finishes an erasure: done, and the user's id replaced by their pseudonym. */
    boolean erasureDone(String id, String owner, String pseudonym, Instant now) {
        return jdbc.sql("""
                update user_jobs
                   set state = 'DONE', user_id = :pseudonym, stream_task_id = null, attempts = 0, last_error = null,
                       lease_owner = null, lease_until = null, updated_at = :now, finished_at = :now
                 where id = :id and lease_owner = :owner""")
                        .param("pseudonym", pseudonym)
                        .param("now", time(now))
                        .param("id", id)
                        .param("owner", owner)
                        .update()
                == 1;
    }

    /** Gives the user's finished and parked erasures the pseudonym instead of the id; returns how many. */
    int pseudonymiseErasures(String userId, String pseudonym, Instant now) {
        return jdbc.sql("""
                update user_jobs set user_id = :pseudonym, updated_at = :now
                 where user_id = :userId and kind = 'ERASE' and state in ('DONE', 'FAILED')""")
                .param("pseudonym", pseudonym)
                .param("now", time(now))
                .param("userId", userId)
                .update();
    }

    /** Keeps part of an export's document between steps (Stream's part, before the gateway's). */
    boolean keepPart(String id, String owner, String documentJson, Instant now) {
        return jdbc.sql("""
                update user_jobs set document = cast(:document as jsonb), updated_at = :now
                 where id = :id and lease_owner = :owner""")
                        .param("document", documentJson)
                        .param("now", time(now))
                        .param("id", id)
                        .param("owner", owner)
                        .update()
                == 1;
    }

    /** The document kept so far, as JSON text. */
    Optional<String> document(String id) {
        return jdbc.sql("select document::text from user_jobs where id = :id and document is not null")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /** Finishes an export: done, with its document, kept until it is downloaded or {@code expiresAt}. */
    boolean exportDone(String id, String owner, String documentJson, Instant expiresAt, Instant now) {
        return jdbc.sql("""
                update user_jobs
                   set state = 'DONE', document = cast(:document as jsonb), expires_at = :expiresAt,
                       stream_task_id = null, attempts = 0, last_error = null, lease_owner = null, lease_until = null,
                       updated_at = :now, finished_at = :now
                 where id = :id and lease_owner = :owner""")
                        .param("document", documentJson)
                        .param("expiresAt", time(expiresAt))
                        .param("now", time(now))
                        .param("id", id)
                        .param("owner", owner)
                        .update()
                == 1;
    }

    /** Hands a finished export's document out once: it is removed as it is read. */
    Optional<String> takeDocument(String id, Instant now) {
        return jdbc.sql("""
                with old as (select id, document from user_jobs
                              where id = :id and kind = 'EXPORT' and state = 'DONE' and document is not null
                                for update)
                update user_jobs j set document = null, expires_at = null, updated_at = :now
                  from old
                 where j.id = old.id
                returning old.document::text""")
                .param("id", id)
                .param("now", time(now))
                .query(String.class)
                .optional();
    }

    /** Removes the user's export jobs (their documents hold the user's data); returns how many. */
    int deleteExports(String userId) {
        return jdbc.sql("delete from user_jobs where user_id = :userId and kind = 'EXPORT'")
                .param("userId", userId)
                .update();
    }

    /** Drops documents kept past their time; returns how many. */
    int purgeExpired(Instant now) {
        return jdbc.sql("""
                update user_jobs set document = null, expires_at = null, updated_at = :now
                 where document is not null and expires_at < :now""").param("now", time(now)).update();
    }

    Counts counts() {
        return jdbc.sql("""
                select count(*) filter (where state = 'PENDING'), count(*) filter (where state = 'RUNNING'),
                       count(*) filter (where state = 'FAILED')
                  from user_jobs""")
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    private static UserJob job(ResultSet rs, int row) throws SQLException {
        return new UserJob(
                rs.getString("id"),
                UserJob.Kind.valueOf(rs.getString("kind")),
                rs.getString("user_id"),
                UserJob.State.valueOf(rs.getString("state")),
                rs.getInt("step"),
                rs.getString("stream_task_id"),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getString("actor_id"),
                rs.getString("request_id"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "finished_at"),
                rs.getBoolean("has_document"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
