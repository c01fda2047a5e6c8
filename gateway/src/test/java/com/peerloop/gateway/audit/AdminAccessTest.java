package com.peerloop.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AdminAccessTest extends GatewayTestBase {

    @Autowired
    JdbcClient jdbc;

    record Call(String method, String path, String body) {}

    private static final List<Call> ADMIN_CALLS = List.of(
            new Call("POST", "/api/admin/users/u_victim/revoke-tokens", "{\"reason\":\"x\"}"),
            new Call("POST", "/api/admin/revoke-all-tokens", "{\"reason\":\"x\"}"),
            new Call("GET", "/api/admin/audit", null));

    @Test
    void nonAdminsGetForbiddenOnEveryAdminEndpointAndTheAttemptIsAudited() {
        String requestId = "req-denied-";
        int n = 0;
        for (String role : List.of("student", "teacher", "creator", "service")) {
            for (Call call : ADMIN_CALLS) {
                String id = requestId + (++n);
                Api.Response response = api.send(
                        call.method(),
                        call.path(),
                        Map.of(
                                "Authorization",
                                "Bearer " + jwts.token("u_intruder", role),
                                "Content-Type",
                                "application/json",
                                "X-Request-Id",
                                id),
                        call.body());

                assertThat(response.status()).as(role + " " + call).isEqualTo(403);
                assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
                var entry = jdbc.sql("SELECT actor_id, action, target FROM audit_log WHERE request_id = :id")
                        .param("id", id)
                        .query()
                        .singleRow();
                assertThat(entry)
                        .containsEntry("actor_id", "u_intruder")
                        .containsEntry("action", "admin.access_denied")
                        .containsEntry("target", call.method() + " " + call.path());
            }
        }
        assertThat(stream.requests()).isEmpty();
    }

    @Test
    void anonymousCallersGetInvalidTokenAndAreNotAudited() {
        Api.Response response = api.send(
                "POST",
                "/api/admin/revoke-all-tokens",
                Map.of("Content-Type", "application/json", "X-Request-Id", "req-anonymous"),
                "{\"reason\":\"x\"}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("invalid_token");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE request_id = 'req-anonymous'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(stream.requests()).isEmpty();
    }
}
