package com.peerloop.gateway.audit;

import com.peerloop.gateway.personaldata.Erasure;
import com.peerloop.gateway.personaldata.PersonalData;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit entries about a user: those they made ({@code actorId}) and those whose target names them
 * ({@code user:…}, {@code …/enrollment:…}, {@code …/teacher:…}). Exported as they are. An erasure keeps the
 * entries and replaces the user's id in {@code actorId} and {@code target} by their pseudonym, the one change
 * the database lets through ({@code V9__user_jobs.sql}). Reasons are the admins' own words and stay as written.
 */
@Component
class AuditPersonalData implements PersonalData {

    private static final Logger log = LoggerFactory.getLogger(AuditPersonalData.class);

    /** A target segment naming the user; ids are 1–64 of {@code [A-Za-z0-9_-]}, none special in a regex. */
    private static final String SEGMENT = "'(^|/)(user|enrollment|teacher):' || :userId || '(?=/|$)'";

    private static final String ABOUT = "actor_id = :userId or target ~ (" + SEGMENT + ")";

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public Phase phase() {
        return Phase.AUDIT;
    }

    @Override
    public Map<String, Object> export(String userId) {
        List<Map<String, Object>> entries = jdbc.sql(
                        "select id, at, actor_id, action, target, reason, request_id from audit_log where " + ABOUT
                                + " order by id")
                .param("userId", userId)
                .query((rs, n) -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("id", rs.getLong(1));
                    entry.put(
                            "at",
                            rs.getObject(2, OffsetDateTime.class).toInstant().toString());
                    entry.put("actorId", rs.getString(3));
                    entry.put("action", rs.getString(4));
                    entry.put("target", rs.getString(5));
                    entry.put("reason", rs.getString(6));
                    entry.put("requestId", rs.getString(7));
                    return entry;
                })
                .list();
        return Map.of("entries", entries);
    }

    @Override
    @Transactional
    public void erase(Erasure erasure) {
        requireIdentifier(erasure.userId());
        jdbc.sql("select set_config('peerloop.audit_pseudonymising', 'on', true)")
                .query()
                .singleValue();
        int changed = jdbc.sql("update audit_log"
                        + " set actor_id = case when actor_id = :userId then :pseudonym else actor_id end,"
                        + " target = regexp_replace(target, " + SEGMENT + ", '\\1\\2:' || :pseudonym, 'g')"
                        + " where " + ABOUT)
                .param("userId", erasure.userId())
                .param("pseudonym", erasure.pseudonym())
                .update();
        log.info("audit entries pseudonymised: pseudonym={} entries={}", erasure.pseudonym(), changed);
    }

    private static void requireIdentifier(String userId) {
        if (!userId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("not a user id");
        }
    }
}
