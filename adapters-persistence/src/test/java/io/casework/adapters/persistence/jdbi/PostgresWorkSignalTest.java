package io.casework.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import io.casework.adapters.persistence.jdbi.PostgresWorkSignal.Work;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Behaviour, not speed: "promptly" means well inside a generous timeout, so a busy machine does not fail it.
 */
class PostgresWorkSignalTest {
    private static final Duration LONG_WAIT = Duration.ofSeconds(10);
    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final Duration SHORT_WAIT = Duration.ofMillis(200);
    /** Timers may round a 200 ms wait down by a few milliseconds; anything close to it did wait. */
    private static final Duration WAITED_OUT = Duration.ofMillis(190);

    private final RunsDatabase db = new RunsDatabase();
    private final ScheduledExecutorService otherProcess = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopTheOtherProcess() {
        otherProcess.shutdownNow();
    }

    private static Duration timed(Wait wait) throws InterruptedException {
        long start = System.nanoTime();
        wait.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private interface Wait {
        void run() throws InterruptedException;
    }

    private interface Signalled {
        Set<Work> await() throws InterruptedException;
    }

    /** What the wait returned, once it returned promptly. */
    private static Set<Work> promptly(Signalled wait) throws InterruptedException {
        long start = System.nanoTime();
        Set<Work> queued = wait.await();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPTLY);
        return queued;
    }

    /** Queues a run in a transaction of its own, on another connection, after a while. */
    private void queueARunLater() {
        otherProcess.schedule(() -> db.persistence.transactions().run(() -> db.queued(Instant.now())), 300,
                TimeUnit.MILLISECONDS);
    }

    @Test
    void returnsPromptlyOnceARunIsCommittedFromAnotherConnection() throws Exception {
        try (PostgresWorkSignal signal = db.persistence.newWorkSignal()) {
            queueARunLater();

            assertThat(timed(() -> signal.awaitWork(LONG_WAIT))).isLessThan(PROMPTLY);
        }
    }

    @Test
    void tellsWhichKindOfWorkWasQueued() throws Exception {
        try (PostgresWorkSignal signal = db.persistence.newWorkSignal()) {
            otherProcess.schedule(() -> db.queuedEmail(Instant.now()), 300, TimeUnit.MILLISECONDS);
            assertThat(promptly(() -> signal.awaitWork(LONG_WAIT))).containsExactly(Work.EMAILS);

            queueARunLater();
            assertThat(promptly(() -> signal.awaitWork(LONG_WAIT))).containsExactly(Work.RUNS);
        }
    }

    @Test
    void waitsOutItsTimeoutWhenNoRunIsQueued() throws Exception {
        try (PostgresWorkSignal signal = db.persistence.newWorkSignal()) {
            assertThat(timed(() -> signal.awaitWork(SHORT_WAIT))).isGreaterThanOrEqualTo(WAITED_OUT);
        }
    }

    @Test
    void hearsOfARunOnlyOnceItsTransactionCommits() throws Exception {
        try (PostgresWorkSignal signal = db.persistence.newWorkSignal()) {
            Duration beforeCommit = db.persistence.transactions().inTransaction(() -> {
                db.queued(Instant.now());
                try {
                    return timed(() -> signal.awaitWork(SHORT_WAIT));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });

            assertThat(beforeCommit).isGreaterThanOrEqualTo(WAITED_OUT);
            assertThat(timed(() -> signal.awaitWork(LONG_WAIT))).isLessThan(PROMPTLY);
        }
    }

    @Test
    void listensAgainAfterItsConnectionIsKilled() throws Exception {
        try (PostgresWorkSignal signal = db.persistence.newWorkSignal()) {
            assertThat(terminateListeners()).isEqualTo(1);

            // the broken connection is noticed and replaced; the wait returns at once since work may have been missed
            assertThat(promptly(() -> signal.awaitWork(LONG_WAIT))).isEqualTo(EnumSet.allOf(Work.class));
            queueARunLater();

            assertThat(timed(() -> signal.awaitWork(LONG_WAIT))).isLessThan(PROMPTLY);
        }
    }

    @Test
    void sleepsOutItsTimeoutWhenTheDatabaseIsOutOfReach() throws Exception {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setServerNames(new String[] {"127.0.0.1"});
        nowhere.setPortNumbers(new int[] {1});
        try (PostgresWorkSignal signal = new PostgresWorkSignal(nowhere)) {
            assertThat(timed(() -> signal.awaitWork(SHORT_WAIT))).isGreaterThanOrEqualTo(WAITED_OUT);
            assertThat(timed(() -> signal.awaitWork(SHORT_WAIT))).isGreaterThanOrEqualTo(WAITED_OUT);
        }
    }

    @Test
    void closingReleasesItsConnection() throws Exception {
        PostgresWorkSignal signal = db.persistence.newWorkSignal();
        assertThat(listeners()).isEqualTo(1);

        signal.close();

        assertThat(listenersOnceSettled()).isZero();
    }

    /** A backend leaves pg_stat_activity shortly after its client hangs up, not at once. */
    private int listenersOnceSettled() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + PROMPTLY.toNanos();
        int listeners = listeners();
        while (listeners > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            listeners = listeners();
        }
        return listeners;
    }

    private int listeners() throws SQLException {
        return count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND pid <> pg_backend_pid() AND query LIKE 'LISTEN %'");
    }

    private int terminateListeners() throws SQLException {
        return count("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND pid <> pg_backend_pid() AND query LIKE 'LISTEN %'");
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = db.database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
