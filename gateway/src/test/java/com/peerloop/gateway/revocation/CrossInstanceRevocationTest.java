package com.peerloop.gateway.revocation;

import static com.peerloop.testsupport.AdminCalls.revokeAll;
import static com.peerloop.testsupport.AdminCalls.revokeUser;
import static com.peerloop.testsupport.AdminCalls.streamToken;
import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayInstance;
import com.peerloop.testsupport.GatewayTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Two gateway instances on one database: this test's context ("A") and a second one ("B") started here
 * on A's database, fake Stream and JWT key. A revocation made through A must be enforced by B within
 * 2 s, although B had already checked (and cached) the same token.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the app-wide revocation last: it refuses every older token
// its app-wide revocation refuses every older token in the context, so no later test may share that context
@DirtiesContext
class CrossInstanceRevocationTest extends GatewayTestBase {

    private static final Duration REQUIRED = Duration.ofSeconds(2);

    @Autowired
    ConfigurableEnvironment environment;

    @Autowired
    JdbcClient jdbc;

    private GatewayInstance instanceB;
    private Api apiB;

    @BeforeAll
    void startSecondInstance() {
        instanceB = GatewayInstance.beside(environment);
        apiB = instanceB.api();
    }

    @AfterAll
    void stopSecondInstance() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    @Order(1)
    void aUserRevocationThroughOneInstanceIsEnforcedByTheOtherWithinTwoSeconds() {
        String old =
                jwts.forUser("u_cross").issuedAt(Instant.now().minusSeconds(10)).sign();
        assertThat(streamToken(apiB, old).status()).isEqualTo(200); // B has now checked and cached u_cross

        assertThat(revokeUser(api, admin(), "u_cross", "ban", null).status()).isEqualTo(200);
        Duration delay = timeUntil401(() -> streamToken(apiB, old).status(), REQUIRED);

        System.out.printf("cross-instance revocation delay (user): %d ms%n", delay.toMillis());
        assertThat(delay).isLessThan(REQUIRED);
        assertThat(streamToken(apiB, jwts.token("u_cross", "student")).status()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void anAppWideRevocationThroughOneInstanceIsEnforcedByTheOtherWithinTwoSeconds() {
        String old = jwts.forUser("u_cross_all")
                .issuedAt(Instant.now().minusSeconds(10))
                .sign();
        assertThat(streamToken(apiB, old).status()).isEqualTo(200);

        assertThat(revokeAll(api, admin(), "rotate", null).status()).isEqualTo(200);
        Duration delay = timeUntil401(() -> streamToken(apiB, old).status(), REQUIRED);

        System.out.printf("cross-instance revocation delay (app-wide): %d ms%n", delay.toMillis());
        assertThat(delay).isLessThan(REQUIRED);
        assertThat(streamToken(apiB, jwts.token("u_cross_all", "student")).status())
                .isEqualTo(200);
    }

    @Test
    @Order(2)
    void anInstanceThatLostItsListenerConnectionCatchesUpOnReconnect() {
        String old = jwts.forUser("u_reconnect")
                .issuedAt(Instant.now().minusSeconds(10))
                .sign();
        assertThat(streamToken(apiB, old).status()).isEqualTo(200);

        // Drops both instances' LISTEN connections; the revocation below is notified while B is not listening.
        int dropped = jdbc.sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                        + "WHERE application_name = :name AND datname = current_database()")
                .param("name", RevocationListener.APPLICATION_NAME)
                .query(Integer.class)
                .single();
        assertThat(dropped).isEqualTo(2);
        assertThat(revokeUser(api, admin(), "u_reconnect", "ban", null).status())
                .isEqualTo(200);

        Duration delay = timeUntil401(() -> streamToken(apiB, old).status(), Duration.ofSeconds(5));
        System.out.printf("revocation enforced after a listener reconnect: %d ms%n", delay.toMillis());
        assertThat(delay).isLessThan(Duration.ofSeconds(5));
    }

    private String admin() {
        return jwts.token("admin_cross", "admin");
    }

    /** Polls until the call answers 401 or the deadline passes; returns the time it took. */
    private static Duration timeUntil401(IntSupplier call, Duration deadline) {
        long start = System.nanoTime();
        while (Duration.ofNanos(System.nanoTime() - start).compareTo(deadline) < 0) {
            if (call.getAsInt() == 401) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Duration.ofNanos(System.nanoTime() - start).plusMillis(1);
    }
}
