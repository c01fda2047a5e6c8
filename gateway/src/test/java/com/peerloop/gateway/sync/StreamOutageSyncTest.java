package com.peerloop.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class StreamOutageSyncTest extends SyncTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void enrollmentWhileStreamFailsIsRecordedAndReachesStreamOnceItRecovers() {
        records.course("so1", "so_creator");
        eventually(
                "the course's intents are done", () -> status().path("pending").asLong() == 0);
        stream.failAlways(503);

        Api.Response enrolled = api.put("/api/internal/courses/so1/enrollments/so_student", service(), null);

        assertThat(enrolled.status()).isEqualTo(204);
        assertThat(jdbc.sql("select status from enrollments where course_id = 'so1' and user_id = 'so_student'")
                        .query(String.class)
                        .single())
                .isEqualTo("ACTIVE");
        eventually(
                "the worker has tried and failed",
                () -> jdbc.sql(
                                        "select count(*) from sync_intents where user_id = 'so_student' and attempts > 0 and last_error is not null")
                                .query(Long.class)
                                .single()
                        > 0);
        assertThat(follows("so_student", "course:so1")).isFalse();
        assertThat(role("course:so1", "so_student")).isNull();
        assertThat(status().path("pending").asLong()).isEqualTo(2);

        stream.heal();

        eventually(
                "follow and membership appear",
                () -> follows("so_student", "course:so1") && "feed_member".equals(role("course:so1", "so_student")));
        eventually("the outbox is drained", () -> status().path("pending").asLong() == 0);
    }

    @Test
    void statusReportsPendingIntentsAndTheAgeOfTheOldest() {
        tools.jackson.databind.JsonNode idle = status();
        assertThat(idle.path("pending").asLong()).isZero();
        assertThat(idle.path("failed").asLong()).isZero();
        assertThat(idle.path("oldestPendingAgeSeconds").asLong()).isZero();
        assertThat(idle.path("feedGroupsProvisioned").asBoolean()).isTrue();

        stream.failAlways(503);
        records.course("so2", "so_creator2");

        assertThat(status().path("pending").asLong()).isEqualTo(2);
        stream.heal();
        eventually("the outbox is drained", () -> status().path("pending").asLong() == 0);
    }

    @Test
    void syncEndpointsAreForTheServiceRoleOnly() {
        assertThat(api.get("/api/internal/sync/status", jwts.token("so_admin", "admin"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/internal/sync/retry-failed", jwts.token("so_x", "student"), null)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/internal/users/so_x/reconcile", null, null).status())
                .isEqualTo(401);
        assertThat(api.post("/api/internal/users/not%20valid/reconcile", service(), null)
                        .status())
                .isEqualTo(400);
        assertThat(stream.requests()).isEmpty();
    }
}
