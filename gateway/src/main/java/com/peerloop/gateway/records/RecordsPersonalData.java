package com.peerloop.gateway.records;

import com.peerloop.gateway.personaldata.Erasure;
import com.peerloop.gateway.personaldata.PersonalData;
import com.peerloop.gateway.records.RecordChanged.Kind;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's enrollments, teaching and purchases. Erasing removes them in one transaction, and announces each
 * one that still gave access (active enrollment, teaching, unrefunded purchase) as a drop, teacher removal or
 * refund, so that the outbox removes the user's follows and memberships at Stream in that same transaction and
 * the audit log records the changes. Courses the user created stay (they are the course's, and other students'
 * access hangs on them), and so do other users' purchases from them.
 */
@Component
class RecordsPersonalData implements PersonalData {

    private static final Logger log = LoggerFactory.getLogger(RecordsPersonalData.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RecordsPersonalData(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public String name() {
        return "records";
    }

    @Override
    public Phase phase() {
        return Phase.RECORDS;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String userId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put(
                "enrollments",
                jdbc.sql("""
                        select course_id, status, enrolled_at, dropped_at from enrollments
                         where user_id = :userId order by course_id""")
                        .param("userId", userId)
                        .query((rs, n) -> row(
                                "courseId", rs.getString(1),
                                "status", rs.getString(2).toLowerCase(java.util.Locale.ROOT),
                                "enrolledAt", time(rs.getObject(3, OffsetDateTime.class)),
                                "droppedAt", time(rs.getObject(4, OffsetDateTime.class))))
                        .list());
        export.put(
                "teaching",
                jdbc.sql("select course_id, added_at from course_teachers where user_id = :userId order by course_id")
                        .param("userId", userId)
                        .query((rs, n) -> row(
                                "courseId", rs.getString(1),
                                "addedAt", time(rs.getObject(2, OffsetDateTime.class))))
                        .list());
        export.put(
                "purchases",
                jdbc.sql("""
                        select id, creator_id, course_id, purchased_at, refunded_at from purchases
                         where user_id = :userId order by purchased_at, id""")
                        .param("userId", userId)
                        .query((rs, n) -> row(
                                "id", rs.getString(1),
                                "creatorId", rs.getString(2),
                                "courseId", rs.getString(3),
                                "purchasedAt", time(rs.getObject(4, OffsetDateTime.class)),
                                "refundedAt", time(rs.getObject(5, OffsetDateTime.class))))
                        .list());
        export.put(
                "createdCourses",
                jdbc.sql("select id, title, created_at from courses where creator_id = :userId order by id")
                        .param("userId", userId)
                        .query((rs, n) -> row(
                                "courseId", rs.getString(1),
                                "title", rs.getString(2),
                                "createdAt", time(rs.getObject(3, OffsetDateTime.class))))
                        .list());
        return export;
    }

    @Override
    @Transactional
    public void erase(Erasure erasure) {
        String userId = erasure.userId();
        jdbc.sql("""
                select e.course_id, c.creator_id from enrollments e join courses c on c.id = e.course_id
                 where e.user_id = :userId and e.status = 'ACTIVE' order by e.course_id""")
                .param("userId", userId)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> publish(Kind.DROPPED, e.get(0), userId, e.get(1), null, erasure));
        jdbc.sql("""
                select t.course_id, c.creator_id from course_teachers t join courses c on c.id = t.course_id
                 where t.user_id = :userId order by t.course_id""")
                .param("userId", userId)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(t -> publish(Kind.TEACHER_REMOVED, t.get(0), userId, t.get(1), null, erasure));
        jdbc.sql("""
                select id, creator_id, course_id from purchases
                 where user_id = :userId and refunded_at is null order by id""")
                .param("userId", userId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list()
                .forEach(p -> publish(Kind.REFUNDED, p[2], userId, p[1], p[0], erasure));
        int enrollments = delete("delete from enrollments where user_id = :userId", userId);
        int teaching = delete("delete from course_teachers where user_id = :userId", userId);
        int purchases = delete("delete from purchases where user_id = :userId", userId);
        log.info(
                "user's records erased: userId={} enrollments={} teaching={} purchases={} actorId={}",
                userId,
                enrollments,
                teaching,
                purchases,
                erasure.actorId());
    }

    private void publish(Kind kind, String courseId, String userId, String creatorId, String purchaseId, Erasure e) {
        events.publishEvent(
                new RecordChanged(kind, courseId, userId, creatorId, null, purchaseId, e.actorId(), e.requestId()));
    }

    private int delete(String sql, String userId) {
        return jdbc.sql(sql).param("userId", userId).update();
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private static String time(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }
}
