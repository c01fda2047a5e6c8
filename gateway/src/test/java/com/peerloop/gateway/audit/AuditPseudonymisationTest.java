package com.peerloop.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.peerloop.gateway.personaldata.Erasure;
import com.peerloop.testsupport.OnTestDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An erasure's pseudonymisation of the audit log on PostgreSQL; each test's entries are rolled back. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@OnTestDatabase
@Import({AuditLog.class, AuditPersonalData.class, AuditPseudonymisationTest.SystemClock.class})
class AuditPseudonymisationTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class SystemClock {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    AuditLog log;

    @Autowired
    AuditPersonalData personalData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void replacesOnlyTheUsersIdInActorAndTargetSegments() {
        log.record(new AuditEntry("ap_admin", "tokens.revoke_user", "user:u1", "u1 asked", "r1"));
        log.record(new AuditEntry("u1", "audit.read", null, null, "r2"));
        log.record(new AuditEntry("backend", "records.enrolled", "course:c1/enrollment:u1", null, "r3"));
        log.record(new AuditEntry("backend", "records.teacher_added", "course:u1/teacher:u1", null, "r4"));
        log.record(new AuditEntry("backend", "records.enrolled", "course:c1/enrollment:u10", null, "r5"));
        log.record(new AuditEntry("u10", "tokens.revoke_user", "user:u1-x", null, "r6"));

        personalData.erase(new Erasure("u1", "erased-abc", "ap_admin", "r7"));

        assertThat(rows())
                .containsExactly(
                        "ap_admin|user:erased-abc|u1 asked",
                        "erased-abc|null|null",
                        "backend|course:c1/enrollment:erased-abc|null",
                        "backend|course:u1/teacher:erased-abc|null",
                        "backend|course:c1/enrollment:u10|null",
                        "u10|user:u1-x|null");
    }

    @Test
    void exportsTheEntriesAboutTheUser() {
        log.record(new AuditEntry("ap_admin", "tokens.revoke_user", "user:u2", "lost phone", "r1"));
        log.record(new AuditEntry("backend", "records.enrolled", "course:c1/enrollment:u20", null, "r2"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries =
                (List<Map<String, Object>>) personalData.export("u2").get("entries");

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.get("target")).isEqualTo("user:u2");
            assertThat(e.get("reason")).isEqualTo("lost phone");
        });
    }

    @Test
    void anUpdateOutsideAnErasureIsRefused() {
        log.record(new AuditEntry("ap_admin", "tokens.revoke_user", "user:u3", "why", "r1"));

        assertThatThrownBy(() ->
                        jdbc.sql("update audit_log set actor_id = 'erased-x'").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void anErasureMayNotChangeTheReason() {
        log.record(new AuditEntry("ap_admin", "tokens.revoke_user", "user:u3", "why", "r1"));
        pseudonymising();

        assertThatThrownBy(() ->
                        jdbc.sql("update audit_log set reason = 'rewritten'").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("only pseudonymisation");
    }

    @Test
    void anErasureMayOnlyWritePseudonyms() {
        log.record(new AuditEntry("ap_admin", "tokens.revoke_user", "user:u3", "why", "r1"));
        pseudonymising();

        assertThatThrownBy(() -> jdbc.sql("update audit_log set target = 'user:someone-else'")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("only pseudonymisation");
    }

    private void pseudonymising() {
        jdbc.sql("select set_config('peerloop.audit_pseudonymising', 'on', true)")
                .query()
                .singleValue();
    }

    private List<String> rows() {
        return jdbc.sql("select actor_id || '|' || coalesce(target, 'null') || '|' || coalesce(reason, 'null')"
                        + " from audit_log order by id")
                .query(String.class)
                .list();
    }
}
