package com.peerloop.gateway.records;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The look-ups behind every access decision, one indexed query each (see
 * {@code AccessRecordsQueryPlanTest} for their plans at a million rows).
 */
@Component
public class AccessRecords {

    static final String COURSE_RELATION_SQL = """
            select c.creator_id,
                   exists (select 1 from enrollments e
                           where e.course_id = c.id and e.user_id = :userId and e.status = 'ACTIVE') as enrolled,
                   exists (select 1 from course_teachers t
                           where t.course_id = c.id and t.user_id = :userId) as teacher
            from courses c where c.id = :courseId""";

    static final String ACTIVE_PURCHASE_SQL = """
            select exists (select 1 from purchases p
                           where p.user_id = :userId and p.creator_id = :creatorId and p.refunded_at is null)""";

    private final JdbcClient jdbc;

    AccessRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's relation to the course, or empty when there is no such course. */
    public Optional<CourseRelation> courseRelation(String courseId, String userId) {
        return jdbc.sql(COURSE_RELATION_SQL)
                .param("courseId", courseId)
                .param("userId", userId)
                .query((rs, n) -> new CourseRelation(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)))
                .optional();
    }

    /** Whether the user holds at least one unrefunded purchase from the creator. */
    public boolean hasActivePurchase(String userId, String creatorId) {
        return jdbc.sql(ACTIVE_PURCHASE_SQL)
                .param("userId", userId)
                .param("creatorId", creatorId)
                .query(Boolean.class)
                .single();
    }
}
