package io.casework.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** Helpers for tests that run transactions side by side and make them meet at chosen points. */
final class Concurrently {
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private Concurrently() {
    }

    static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).as("latch released in time").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }

    /** Returns once some session of this database waits for a lock another one holds. */
    static void awaitASessionWaitingForALock(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (jdbi.withHandle(h -> h.createQuery("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND wait_event_type = 'Lock'""")
                .mapTo(Integer.class)
                .one()) == 0) {
            assertThat(System.nanoTime()).as("a session waits for a lock in time").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}
