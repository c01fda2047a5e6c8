package com.peerloop.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.peerloop.testsupport.OnTestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit log's writes and pages on PostgreSQL; each test's entries are rolled back. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@OnTestDatabase
@Import({AuditLog.class, AuditLogQueriesTest.FixedClock.class})
class AuditLogQueriesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    private void record(String requestId) {
        log.record(new AuditEntry("al_admin", "tokens.revoke_user", "user:" + requestId, "why", requestId));
    }

    @Test
    void recordsTheEntryStampedWithTheApplicationClock() {
        log.record(new AuditEntry("al_admin", "tokens.revoke_all", "app", "key leaked", "req-al-1"));

        AuditEntryView entry = log.page(10, Long.MAX_VALUE).get(0);

        assertThat(entry.actorId()).isEqualTo("al_admin");
        assertThat(entry.action()).isEqualTo("tokens.revoke_all");
        assertThat(entry.target()).isEqualTo("app");
        assertThat(entry.reason()).isEqualTo("key leaked");
        assertThat(entry.requestId()).isEqualTo("req-al-1");
        assertThat(entry.at()).isEqualTo(NOW);
    }

    @Test
    void pagesNewestFirstAndContinuesBelowTheLastIdShown() {
        List.of("req-al-a", "req-al-b", "req-al-c", "req-al-d", "req-al-e").forEach(this::record);

        List<AuditEntryView> first = log.page(2, Long.MAX_VALUE);
        List<AuditEntryView> second = log.page(2, first.get(1).id());
        List<AuditEntryView> last = log.page(2, second.get(1).id());

        assertThat(first).extracting(AuditEntryView::requestId).containsExactly("req-al-e", "req-al-d");
        assertThat(second).extracting(AuditEntryView::requestId).containsExactly("req-al-c", "req-al-b");
        assertThat(last).extracting(AuditEntryView::requestId).containsExactly("req-al-a");
        assertThat(log.page(2, last.get(0).id())).isEmpty();
    }

    @Test
    void theDatabaseRefusesToRewriteAnEntry() {
        record("req-al-kept");

        assertThatThrownBy(() ->
                        jdbc.sql("update audit_log set reason = 'rewritten'").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("audit_log is append-only");
    }
}
