package com.peerloop.gateway.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code reports} table. Each statement commits alone unless the caller holds a transaction. */
@Repository
class ReportStore {

    /** One report as stored. */
    record Row(
            UUID id,
            String reporterId,
            String targetType,
            String targetId,
            String activityId,
            String authorId,
            String feed,
            String reason,
            String details,
            String state,
            Instant createdAt,
            Instant resolvedAt,
            String resolvedBy,
            boolean streamFlagged,
            int flagAttempts) {}

    private static final String COLUMNS = "id, reporter_id, target_type, target_id, activity_id, author_id, feed, "
            + "reason, details, state, created_at, resolved_at, resolved_by, stream_flagged, flag_attempts";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the report unless this reporter already reported this item; answers the stored one and whether it is new. */
    Optional<Row> insertIfAbsent(Row report) {
        return jdbc.sql("insert into reports (" + COLUMNS + ") values (:id, :reporter, :type, :target, :activity, "
                        + ":author, :feed, :reason, :details, 'open', :at, null, null, false, 0) "
                        + "on conflict (reporter_id, target_type, target_id) do nothing returning " + COLUMNS)
                .param("id", report.id())
                .param("reporter", report.reporterId())
                .param("type", report.targetType())
                .param("target", report.targetId())
                .param("activity", report.activityId())
                .param("author", report.authorId())
                .param("feed", report.feed())
                .param("reason", report.reason())
                .param("details", report.details())
                .param("at", Timestamp.from(report.createdAt()))
                .query(ReportStore::row)
                .optional();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from reports where id = :id")
                .param("id", id)
                .query(ReportStore::row)
                .optional();
    }

    Optional<Row> findBy(String reporterId, String targetType, String targetId) {
        return jdbc.sql("select " + COLUMNS
                        + " from reports where reporter_id = :reporter and target_type = :type and target_id = :target")
                .param("reporter", reporterId)
                .param("type", targetType)
                .param("target", targetId)
                .query(ReportStore::row)
                .optional();
    }

    /**
     * A page of one feed's reports in a state (null: any), newest first, after the given position, without those
     * about content by {@code hiddenAuthor} (null: none hidden).
     */
    List<Row> page(String feed, String state, String hiddenAuthor, int limit, Instant beforeAt, UUID beforeId) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from reports where feed = :feed");
        if (state != null) {
            sql.append(" and state = :state");
        }
        if (hiddenAuthor != null) {
            sql.append(" and author_id is distinct from :hiddenAuthor");
        }
        if (beforeAt != null) {
            sql.append(" and (created_at, id) < (:beforeAt, :beforeId)");
        }
        sql.append(" order by created_at desc, id desc limit :limit");
        JdbcClient.StatementSpec spec =
                jdbc.sql(sql.toString()).param("feed", feed).param("limit", limit);
        if (state != null) {
            spec = spec.param("state", state);
        }
        if (hiddenAuthor != null) {
            spec = spec.param("hiddenAuthor", hiddenAuthor);
        }
        if (beforeAt != null) {
            spec = spec.param("beforeAt", Timestamp.from(beforeAt)).param("beforeId", beforeId);
        }
        return spec.query(ReportStore::row).list();
    }

    /** Closes every open report of the item with this outcome; answers the reports it closed. */
    List<Row> resolve(String targetType, String targetId, String outcome, String moderatorId, Instant at) {
        return jdbc.sql("update reports set state = :outcome, resolved_at = :at, resolved_by = :moderator "
                        + "where target_type = :type and target_id = :target and state = 'open' returning " + COLUMNS)
                .param("outcome", outcome)
                .param("at", Timestamp.from(at))
                .param("moderator", moderatorId)
                .param("type", targetType)
                .param("target", targetId)
                .query(ReportStore::row)
                .list();
    }

    /** Opens these reports again (a removal that failed after they were claimed). */
    void reopen(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("update reports set state = 'open', resolved_at = null, resolved_by = null where id in (:ids)")
                .param("ids", ids)
                .update();
    }

    /**
     * Reports whose flag Stream has not taken yet and that no attempt started since {@code claimedBefore}, oldest
     * first, up to {@code maxAttempts} tries each.
     */
    List<Row> unflagged(int maxAttempts, Instant claimedBefore, int limit) {
        return jdbc.sql("select " + COLUMNS + " from reports where not stream_flagged and flag_attempts < :max "
                        + "and (flag_claimed_at is null or flag_claimed_at < :before) order by created_at limit :limit")
                .param("max", maxAttempts)
                .param("before", Timestamp.from(claimedBefore))
                .param("limit", limit)
                .query(ReportStore::row)
                .list();
    }

    /**
     * Claims one report's flag for an attempt starting {@code now}: true when this caller may flag it (not flagged,
     * and no attempt started since {@code claimedBefore}), so that an attempt under way, here or on another
     * instance, is not repeated.
     */
    boolean claimFlag(UUID id, Instant now, Instant claimedBefore) {
        return jdbc.sql("update reports set flag_attempts = flag_attempts + 1, flag_claimed_at = :now "
                                + "where id = :id and not stream_flagged "
                                + "and (flag_claimed_at is null or flag_claimed_at < :before)")
                        .param("id", id)
                        .param("now", Timestamp.from(now))
                        .param("before", Timestamp.from(claimedBefore))
                        .update()
                == 1;
    }

    void flagged(UUID id) {
        jdbc.sql("update reports set stream_flagged = true where id = :id")
                .param("id", id)
                .update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp resolved = rs.getTimestamp("resolved_at");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("reporter_id"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                rs.getString("activity_id"),
                rs.getString("author_id"),
                rs.getString("feed"),
                rs.getString("reason"),
                rs.getString("details"),
                rs.getString("state"),
                rs.getTimestamp("created_at").toInstant(),
                resolved == null ? null : resolved.toInstant(),
                rs.getString("resolved_by"),
                rs.getBoolean("stream_flagged"),
                rs.getInt("flag_attempts"));
    }
}
