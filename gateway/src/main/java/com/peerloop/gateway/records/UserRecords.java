package com.peerloop.gateway.records;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read-only look-ups of one user's records, for keeping Stream's follows and members in step. */
@Component
public class UserRecords {

    private final JdbcClient jdbc;

    UserRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the user is the creator of at least one course. */
    public boolean createsCourses(String userId) {
        return jdbc.sql("select exists (select 1 from courses where creator_id = :userId)")
                .param("userId", userId)
                .query(Boolean.class)
                .single();
    }

    /** The user's current and past ties to courses and creators. */
    public UserLinks links(String userId) {
        Set<String> enrolled = new LinkedHashSet<>();
        Set<String> dropped = new LinkedHashSet<>();
        jdbc.sql("select course_id, status from enrollments where user_id = :userId order by course_id")
                .param("userId", userId)
                .query(rs -> {
                    ("ACTIVE".equals(rs.getString(2)) ? enrolled : dropped).add(rs.getString(1));
                });
        Set<String> purchased = new LinkedHashSet<>();
        Set<String> refunded = new LinkedHashSet<>();
        jdbc.sql("select creator_id, bool_or(refunded_at is null) from purchases where user_id = :userId"
                        + " group by creator_id order by creator_id")
                .param("userId", userId)
                .query(rs -> {
                    (rs.getBoolean(2) ? purchased : refunded).add(rs.getString(1));
                });
        return new UserLinks(
                enrolled,
                dropped,
                ids("select course_id from course_teachers where user_id = :userId", userId),
                ids("select id from courses where creator_id = :userId", userId),
                purchased,
                refunded);
    }

    private Set<String> ids(String sql, String userId) {
        return new LinkedHashSet<>(jdbc.sql(sql + " order by 1")
                .param("userId", userId)
                .query(String.class)
                .list());
    }
}
