package com.peerloop.gateway.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.TestDatabase;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The access look-ups stay index scans at a million enrollments and a million purchases: the plans
 * PostgreSQL picks for the exact SQL the gateway runs, after ANALYZE.
 */
@Tag("slow")
class AccessRecordsQueryPlanTest {

    private static JdbcClient jdbc;

    @BeforeAll
    static void millionsOfRows() {
        TestDatabase.Settings db = TestDatabase.newDatabase();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.username(), db.password());
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                insert into courses (id, creator_id, title, created_at, updated_at)
                select 'c' || i, 'cr' || (i % 2000), 'Course ' || i, now(), now() from generate_series(1, 20000) i""").update();
        jdbc.sql("""
                insert into enrollments (course_id, user_id, status, enrolled_at, updated_at)
                select 'c' || (i % 20000 + 1), 'u' || i, case when i % 10 = 0 then 'DROPPED' else 'ACTIVE' end,
                       now(), now()
                from generate_series(1, 1000000) i""").update();
        jdbc.sql("""
                insert into course_teachers (course_id, user_id, added_at)
                select 'c' || i, 't' || (i % 5000), now() from generate_series(1, 20000) i""").update();
        jdbc.sql("""
                insert into purchases (id, user_id, creator_id, purchased_at, refunded_at, updated_at)
                select 'p' || i, 'u' || i, 'cr' || (i % 2000), now(), case when i % 20 = 0 then now() end, now()
                from generate_series(1, 1000000) i""").update();
        jdbc.sql("analyze").update();
    }

    private static String plan(String sql, String... params) {
        String explain = "explain "
                + sql.replace(":courseId", "?").replace(":userId", "?").replace(":creatorId", "?");
        var statement = jdbc.sql(explain);
        for (String p : params) {
            statement = statement.param(p);
        }
        List<String> lines = statement.query(String.class).list();
        return String.join("\n", lines);
    }

    @Test
    void courseRelationIsIndexScansOnly() {
        String plan = plan(AccessRecords.COURSE_RELATION_SQL, "u123", "u123", "c77");

        assertThat(plan)
                .doesNotContain("Seq Scan")
                .containsPattern("Index Scan using \\w+ on courses c")
                .containsPattern("Index (Only )?Scan using \\w+ on enrollments e")
                .containsPattern("Index (Only )?Scan using \\w+ on course_teachers t");
    }

    @Test
    void activePurchaseUsesAPartialIndexOfUnrefundedPurchases() {
        String plan = plan(AccessRecords.ACTIVE_PURCHASE_SQL, "u123", "cr123");

        assertThat(plan)
                .doesNotContain("Seq Scan")
                .containsPattern("Index (Only )?Scan using purchases_active_\\w+ on purchases p");
    }

    @Test
    void answersAreRightAtThatSize() {
        AccessRecords records = new AccessRecords(jdbc);

        assertThat(records.courseRelation("c124", "u123")).hasValueSatisfying(r -> {
            assertThat(r.enrolled()).isTrue();
            assertThat(r.creatorId()).isEqualTo("cr124");
        });
        assertThat(records.courseRelation("c11", "u10"))
                .hasValueSatisfying(r -> assertThat(r.enrolled()).isFalse());
        assertThat(records.hasActivePurchase("u123", "cr123")).isTrue();
        assertThat(records.hasActivePurchase("u20", "cr20")).isFalse();
        assertThat(records.courseRelation("nope", "u1")).isEmpty();
    }
}
