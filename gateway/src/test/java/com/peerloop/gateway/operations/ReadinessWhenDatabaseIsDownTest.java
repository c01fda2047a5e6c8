package com.peerloop.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Readiness answers 503 while PostgreSQL refuses the gateway's connections (liveness stays up, so the
 * instance is taken out of the load balancer rather than restarted), and recovers when it is back.
 */
@Tag("slow")
@DirtiesContext
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=1000")
class ReadinessWhenDatabaseIsDownTest extends GatewayTestBase {

    @Autowired
    Environment environment;

    @Test
    void readinessFailsWhileTheDatabaseIsUnreachableAndRecovers() throws Exception {
        String url = environment.getProperty("spring.datasource.url");
        String database = url.substring(url.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(
                        url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                        environment.getProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password"));
                Statement sql = admin.createStatement()) {
            cutOff(sql, database, true);
            try {
                Api.Response down = api.get("/actuator/health/readiness", null);

                assertThat(down.status()).as(down.body()).isEqualTo(503);
                assertThat(down.json().get("status").asString()).isEqualTo("DOWN");
                assertThat(down.json().at("/components/db/status").asString()).isEqualTo("DOWN");
                assertThat(down.json().at("/components/stream/status").asString())
                        .isEqualTo("UP");
                assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
                assertThat(down.body()).doesNotContain(environment.getProperty("spring.datasource.password"));
            } finally {
                cutOff(sql, database, false);
            }
        }
        assertThat(readinessWithin(15_000)).isEqualTo(200);
    }

    private static void cutOff(Statement sql, String database, boolean off) throws SQLException {
        sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + !off);
        if (off) {
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        }
    }

    private int readinessWithin(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        int status;
        do {
            status = api.get("/actuator/health/readiness", null).status();
            if (status != 200) {
                Thread.sleep(250);
            }
        } while (status != 200 && System.currentTimeMillis() < deadline);
        return status;
    }
}
