package io.casework.adapters.persistence.jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a waiting thread that work was committed, by any process on the database: a run or an email, each
 * announced on a channel of its own ({@link Work}), heard with {@code LISTEN} on a connection of its own, kept open.
 * Give each listening thread its own signal; waits on one signal take turns.
 *
 * <p>Losing the connection never stops a worker: it logs once, sleeps out the wait instead (workers poll after
 * every wait anyway), and listens again on a new connection as soon as it can get one. A wait that has just
 * listened again returns every kind of work at once, because any may have been queued while nobody listened.
 */
public final class PostgresWorkSignal implements AutoCloseable {
    /** What can be queued; the repository that queues it notifies its channel in the queuing transaction. */
    public enum Work {
        RUNS("casework_runs"), EMAILS("casework_emails"), WEBHOOKS("casework_webhooks");

        final String channel;

        Work(String channel) {
            this.channel = channel;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PostgresWorkSignal.class);

    private final DataSource dataSource;
    private Connection connection;
    private boolean lost;
    private boolean closed;

    PostgresWorkSignal(DataSource dataSource) {
        this.dataSource = dataSource;
        listen();
    }

    /**
     * Returns the kinds of work committed since the last wait, as soon as there is one, or none after
     * {@code atMost}.
     */
    public Set<Work> awaitWork(Duration atMost) throws InterruptedException {
        Map<Work, Integer> heard = awaitSignals(atMost);
        return heard.isEmpty() ? EnumSet.noneOf(Work.class) : EnumSet.copyOf(heard.keySet());
    }

    /**
     * Like {@link #awaitWork}, with how many signals of each kind came: one per transaction that queued work (a
     * transaction's repeated signals are one). Having just listened again, it returns each kind once.
     */
    public synchronized Map<Work, Integer> awaitSignals(Duration atMost) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long millis = Math.max(1, Math.min(atMost.toMillis(), Integer.MAX_VALUE)); // 0 would wait forever
        if (connection != null) {
            try {
                PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications((int) millis);
                // the driver's socket read does not notice interrupts; report one that came while it waited
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                return heard(notifications);
            } catch (SQLException e) {
                drop(e);
            }
        }
        // having just listened again, return at once: work may have been queued while nobody listened
        if (!closed && listen()) {
            Map<Work, Integer> all = new EnumMap<>(Work.class);
            for (Work work : Work.values()) {
                all.put(work, 1);
            }
            return all;
        }
        Thread.sleep(millis);
        return new EnumMap<>(Work.class);
    }

    private static Map<Work, Integer> heard(PGNotification[] notifications) {
        Map<Work, Integer> heard = new EnumMap<>(Work.class);
        if (notifications != null) {
            for (PGNotification notification : notifications) {
                for (Work work : Work.values()) {
                    if (work.channel.equals(notification.getName())) {
                        heard.merge(work, 1, Integer::sum);
                    }
                }
            }
        }
        return heard;
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
                for (Work work : Work.values()) {
                    statement.execute("LISTEN " + work.channel);
                }
            }
            connection = opened;
            if (lost) {
                LOG.info("work_signal=listening");
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
            LOG.warn("work_signal=lost fallback=polling error=\"{}\"",
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
