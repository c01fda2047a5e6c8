package com.peerloop.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
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
 * While PostgreSQL refuses the gateway's connections, a feed read whose checks need the database (here the
 * revocation look-up inside the security chain, and the access records) is answered {@code 503 unavailable}
 * with {@code Retry-After} — not a 500 — and Stream is not called; once the database is back the same read
 * is served, without a restart.
 */
@Tag("slow")
@DirtiesContext
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=1000")
class DatabaseOutageTest extends GatewayTestBase {

    @Autowired
    Environment environment;

    @Test
    void aFeedReadDuringADatabaseOutageIsAnswered503UnavailableAndServedOnceItIsBack() throws Exception {
        new Records(new Api(port), jwts).course("dbo1", "dbo_creator").enroll("dbo1", "dbo_student");
        String student = jwts.token("dbo_student", "student");
        String url = environment.getProperty("spring.datasource.url");
        String database = url.substring(url.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(
                        url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                        environment.getProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password"));
                Statement sql = admin.createStatement()) {
            cutOff(sql, database, true);
            try {
                stream.clearRequests();

                Api.Response down = api.get("/api/feeds/course/dbo1/activities", student);

                assertThat(down.status()).as(down.body()).isEqualTo(503);
                assertThat(down.json().get("code").asString()).isEqualTo("unavailable");
                assertThat(down.header("Retry-After")).isEqualTo("1");
                assertThat(down.header("Content-Type")).startsWith("application/problem+json");
                assertThat(down.body()).doesNotContainIgnoringCase("sql").doesNotContain("Exception");
                assertThat(stream.requests()).isEmpty();
            } finally {
                cutOff(sql, database, false);
            }
        }
        assertThat(readWithin(student, 15_000)).isEqualTo(200);
    }

    private static void cutOff(Statement sql, String database, boolean off) throws SQLException {
        sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + !off);
        if (off) {
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        }
    }

    private int readWithin(String student, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        int status;
        do {
            status = api.get("/api/feeds/course/dbo1/activities", student).status();
            if (status != 200) {
                Thread.sleep(250);
            }
        } while (status != 200 && System.currentTimeMillis() < deadline);
        return status;
    }
}
