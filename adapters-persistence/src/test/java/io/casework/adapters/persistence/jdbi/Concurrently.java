package io.casework.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.out.Transactions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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

    /** What two claims took: the first's, made in a transaction held open while the second's was made. */
    record Claims<T>(T first, T second) {
    }

    /**
     * Makes {@code first} in a transaction that stays open until {@code second} has been made in another session, as
     * two processes' claims meet; {@code second} must not wait for {@code first}'s locks (it fails after
     * {@link #PATIENCE} if it does).
     */
    static <T> Claims<T> whileTheFirstHoldsItsClaim(Transactions transactions, Supplier<T> first, Supplier<T> second)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch claimed = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<T> held = threads.submit(() -> transactions.inTransaction(() -> {
                T mine = first.get();
                claimed.countDown();
                await(release);
                return mine;
            }));
            await(claimed);
            T other;
            try {
                other = threads.submit(() -> transactions.inTransaction(second::get))
                        .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } finally {
                release.countDown();
            }
            return new Claims<>(held.get(PATIENCE.toSeconds(), TimeUnit.SECONDS), other);
        } finally {
            threads.shutdownNow();
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
