package com.peerloop.gateway.audit;

import static com.peerloop.testsupport.AdminCalls.audit;
import static com.peerloop.testsupport.AdminCalls.revokeUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class AuditLogTest extends GatewayTestBase {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    private String admin() {
        return jwts.token("admin_audit", "admin");
    }

    @Test
    void recordsAUserRevocationWithActorTargetReasonAndRequestId() {
        Instant before = Instant.now().minusSeconds(1);
        revokeUser(api, admin(), "u_audited", "password reset", "req-audit-1");

        JsonNode entry = find(entries(audit(api, admin(), "?limit=100")), "req-audit-1");

        assertThat(entry.get("actorId").asString()).isEqualTo("admin_audit");
        assertThat(entry.get("action").asString()).isEqualTo("tokens.revoke_user");
        assertThat(entry.get("target").asString()).isEqualTo("user:u_audited");
        assertThat(entry.get("reason").asString()).isEqualTo("password reset");
        assertThat(Instant.parse(entry.get("at").asString())).isBetween(before, Instant.now());
    }

    @Test
    void recordsEveryChangeOfPeerLoopsRecordsWithTheServiceAsActor() {
        Api.Response saved = api.send(
                "PUT",
                "/api/internal/courses/c_audit",
                java.util.Map.of(
                        "Authorization",
                        "Bearer " + jwts.token("peerloop-backend", "service"),
                        "Content-Type",
                        "application/json",
                        "X-Request-Id",
                        "req-record-1"),
                "{\"creatorId\":\"u_creator\",\"title\":\"Audited course\"}");
        assertThat(saved.status()).isEqualTo(200);

        JsonNode entry = find(entries(audit(api, admin(), "?limit=20")), "req-record-1");
        assertThat(entry.get("actorId").asString()).isEqualTo("peerloop-backend");
        assertThat(entry.get("action").asString()).isEqualTo("records.course_saved");
        assertThat(entry.get("target").asString()).isEqualTo("course:c_audit");
    }

    @Test
    void readingTheAuditLogIsAuditedToo() {
        api.send(
                "GET",
                "/api/admin/audit?limit=1",
                java.util.Map.of("Authorization", "Bearer " + admin(), "X-Request-Id", "req-audit-read"),
                null);

        JsonNode read = find(entries(audit(api, admin(), "?limit=5")), "req-audit-read");
        assertThat(read.get("action").asString()).isEqualTo("audit.read");
        assertThat(read.get("actorId").asString()).isEqualTo("admin_audit");
    }

    @Test
    void pagesNewestFirstWithAnOpaqueCursor() {
        for (int i = 1; i <= 5; i++) {
            trail.record(new AuditEntry("u_pager", "test.page", "item:" + i, null, "req-page-" + i));
        }

        Api.Response first = audit(api, admin(), "?limit=2");
        Api.Response second = audit(
                api, admin(), "?limit=2&before=" + first.json().get("next").asString());
        Api.Response third = audit(
                api, admin(), "?limit=2&before=" + second.json().get("next").asString());

        assertThat(targets(first)).containsExactly("item:5", "item:4");
        assertThat(targets(second)).containsExactly("item:3", "item:2");
        assertThat(targets(third).get(0)).isEqualTo("item:1");
        assertThat(first.json().get("next").asString()).doesNotContain("4", "3"); // opaque, not the raw id
        JsonNode entry = first.json().get("entries").get(0);
        assertThat(entry.propertyNames())
                .containsExactlyInAnyOrder("id", "at", "actorId", "action", "target", "reason", "requestId");
    }

    @Test
    void theLastPageHasNoNextCursor() {
        Api.Response page = audit(api, admin(), "?limit=100");
        while (!page.json().get("next").isNull()) {
            page = audit(
                    api, admin(), "?limit=100&before=" + page.json().get("next").asString());
        }
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().has("next")).isTrue();
    }

    @Test
    void refusesALimitOutsideOneToHundredOrAForeignCursor() {
        for (String query : List.of("?limit=0", "?limit=101", "?limit=abc", "?before=not-a-cursor", "?before=NDI")) {
            Api.Response response = audit(api, admin(), query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().get("code").asString()).as(query).isEqualTo("validation_failed");
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditEntries() {
        trail.record(new AuditEntry("u_db", "test.db", null, null, null));

        assertThatThrownBy(() ->
                        jdbc.sql("UPDATE audit_log SET reason = 'rewritten'").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET reason = 'x' WHERE false")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE actor_id = 'u_db'")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE actor_id = 'u_db'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static List<JsonNode> entries(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return StreamSupport.stream(response.json().get("entries").spliterator(), false)
                .toList();
    }

    private static List<String> targets(Api.Response response) {
        List<String> targets = new ArrayList<>();
        entries(response).forEach(e -> targets.add(e.get("target").asString()));
        return targets;
    }

    private static JsonNode find(List<JsonNode> entries, String requestId) {
        return entries.stream()
                .filter(e -> requestId.equals(e.get("requestId").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no audit entry for request " + requestId));
    }
}
