package com.peerloop.gateway.revocation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link RevocationCache} in step with revocations made by any instance: {@code LISTEN}s on the
 * revocation channel over a dedicated connection (outside the pool) and applies each notification as it
 * arrives. After every (re)connect the cache is cleared, since notifications sent while this instance
 * was not listening are lost; entries are then re-read from the database.
 */
@Component
class RevocationListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RevocationListener.class);
    static final String APPLICATION_NAME = "peerloop-revocation-listener";
    private static final int WAIT_MILLIS = 500;
    private static final Duration CHECK_EVERY = Duration.ofSeconds(10);
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);

    private final JdbcConnectionDetails database;
    private final RevocationCache cache;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    RevocationListener(JdbcConnectionDetails database, RevocationCache cache) {
        this.database = database;
        this.cache = cache;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listenUntilStopped, "revocation-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeQuietly(connection);
        try {
            thread.join(Duration.ofSeconds(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenUntilStopped() {
        while (running) {
            try (Connection c = connect()) {
                connection = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + RevocationStore.CHANNEL);
                }
                cache.clear();
                log.info("revocation listener: listening");
                receive(c);
            } catch (SQLException e) {
                if (running) {
                    log.warn("revocation listener: connection lost, reconnecting: sqlState={}", e.getSQLState());
                    sleep(RECONNECT_DELAY);
                }
            }
        }
    }

    private void receive(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    RevocationNotice.parse(n.getParameter())
                            .ifPresent(notice -> cache.raised(notice.subject(), notice.cutoff()));
                }
            }
            // A silently dropped connection would never deliver again; probe it now and then.
            if (System.nanoTime() - lastCheck > CHECK_EVERY.toNanos()) {
                if (!c.isValid(2)) {
                    throw new SQLException("listener connection is no longer valid", "08006");
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        if (database.getUsername() != null) {
            props.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            props.setProperty("password", database.getPassword());
        }
        props.setProperty("ApplicationName", APPLICATION_NAME);
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(database.getJdbcUrl(), props);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing to stop; nothing to do
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
