package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.out.WorkSignal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes a worker when a run is committed, by any process on the database: {@code LISTEN} on a connection of its
 * own, kept open. Give each worker thread its own signal; waits on one signal take turns.
 *
 * <p>Losing the connection never stops a worker: it logs once, sleeps out the wait instead (workers poll after
 * every wait anyway), and listens again on a new connection as soon as it can get one. A wait that has just
 * listened again returns at once, because a run may have been queued while nobody listened.
 */
public final class PostgresWorkSignal implements WorkSignal, AutoCloseable {
    static final String CHANNEL = "casework_runs";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresWorkSignal.class);

    private final DataSource dataSource;
    private Connection connection;
    private boolean lost;
    private boolean closed;

    PostgresWorkSignal(DataSource dataSource) {
        this.dataSource = dataSource;
        listen();
    }

    @Override
    public synchronized void awaitWork(Duration atMost) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long millis = Math.max(1, Math.min(atMost.toMillis(), Integer.MAX_VALUE)); // 0 would wait forever
        if (connection != null) {
            try {
                connection.unwrap(PGConnection.class).getNotifications((int) millis);
                // the driver's socket read does not notice interrupts; report one that came while it waited
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                return;
            } catch (SQLException e) {
                drop(e);
            }
        }
        // having just listened again, return at once: a run may have been queued while nobody listened
        if (closed || !listen()) {
            Thread.sleep(millis);
        }
    }

    /** Releases the connection; a wait in progress ends first. Later waits just sleep. */
    @Override
    public synchronized void close() {
        closed = true;
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
    }

    /** Opens a connection and listens on it; false (logged once per outage) when the database is out of reach. */
    private synchronized boolean listen() {
        Connection opened = null;
        try {
            opened = dataSource.getConnection();
            // LISTEN inside an open transaction would take effect only at its commit
            opened.setAutoCommit(true);
            try (Statement statement = opened.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            }
            connection = opened;
            if (lost) {
                LOG.info("work_signal=listening channel={}", CHANNEL);
                lost = false;
            }
            return true;
        } catch (SQLException e) {
            if (opened != null) {
                closeQuietly(opened);
            }
            drop(e);
            return false;
        }
    }

    private void drop(SQLException cause) {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
        if (!lost) {
            LOG.warn("work_signal=lost channel={} fallback=polling error=\"{}\"", CHANNEL,
                    String.valueOf(cause.getMessage()).replace('\n', ' '));
            lost = true;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the connection is broken or already closed; nothing is left to release
        }
    }
}
