package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.persistence.jdbi.PostgresWorkSignal;
import io.casework.adapters.persistence.jdbi.PostgresWorkSignal.Work;
import io.casework.application.port.in.EmailSender;
import io.casework.application.port.in.WorkflowRunner;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Run workers wake one per queued run, not all at once; a worker that took all there was is not woken again by
 * the signals of what it took; one that found a full batch keeps going without waiting.
 */
class WakeUpsTest {
    private static final Duration LONG_WAIT = Duration.ofSeconds(20);
    private final PostgresCasework casework = new PostgresCasework(100, 30);
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private PostgresWorkSignal signal;
    private WakeUps wakeUps;
    private OrganizationId org;

    @BeforeEach
    void listen() {
        org = casework.organization(Plan.GROWTH);
        casework.publishedAssignToTeam(org, casework.team(org, casework.staffMember(org, "Ada", null)),
                "round_robin");
        signal = casework.db.newWorkSignal();
        wakeUps = new WakeUps(signal);
        wakeUps.start();
    }

    @AfterEach
    void close() throws Exception {
        threads.shutdownNow();
        wakeUps.stop();
        signal.close();
        casework.close();
    }

    @Test
    void aQueuedRunWakesOneIdleWorkerAndTheOthersGoOnWaiting() throws Exception {
        AtomicInteger woken = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            workers.add(threads.submit(() -> {
                wakeUps.await(Work.RUNS, LONG_WAIT);
                return woken.incrementAndGet();
            }));
        }
        TimeUnit.MILLISECONDS.sleep(300); // all three are waiting

        casework.newCase(org);
        awaitCount(woken, 1);
        TimeUnit.MILLISECONDS.sleep(500);
        assertThat(woken).hasValue(1);

        casework.newCase(org);
        casework.newCase(org);
        awaitCount(woken, 3);
    }

    @Test
    void signalsOfWorkAWorkerCaughtUpWithWakeNobody() throws Exception {
        for (int i = 0; i < 5; i++) {
            casework.newCase(org);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (wakeUps.heard(Work.RUNS) < 5 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertThat(wakeUps.heard(Work.RUNS)).isEqualTo(5);
        long started = System.nanoTime();
        wakeUps.await(Work.RUNS, LONG_WAIT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

        wakeUps.caughtUp(Work.RUNS, wakeUps.heard(Work.RUNS));

        Duration idle = Duration.ofMillis(400);
        started = System.nanoTime();
        wakeUps.await(Work.RUNS, idle);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(idle);
    }

    @Test
    void aWorkerThatFindsAFullBatchGoesOnWithoutWaitingAndOneThatFindsLessWaits() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        WorkflowRunner runner = new WorkflowRunner() {
            @Override
            public boolean runNext(String worker) {
                return runBatch(worker) > 0;
            }

            @Override
            public int runBatch(String worker) {
                return batches.incrementAndGet() <= 3 ? batchSize() : 1;
            }

            @Override
            public int batchSize() {
                return 64;
            }
        };
        goesOnAfterThreeFullBatchesThenWaitsForASignal(
                CaseworkApplication.runWorkers(runner, 1, wakeUps, Duration.ofHours(1)), batches,
                () -> casework.newCase(org));
    }

    @Test
    void theEmailSenderGoesOnAfterAFullBatchAndWaitsAfterAPartialOne() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        EmailSender sender = new EmailSender() {
            @Override
            public int sendDue(int max) {
                return batches.incrementAndGet() <= 3 ? max : 1;
            }

            @Override
            public Duration idleFor(Duration atMost) {
                return atMost;
            }
        };
        goesOnAfterThreeFullBatchesThenWaitsForASignal(
                CaseworkApplication.emailSender(sender, wakeUps, Duration.ofHours(1)), batches, () -> {
                    try (Connection connection = casework.dataSource.getConnection();
                         Statement statement = connection.createStatement()) {
                        statement.execute("SELECT pg_notify('casework_emails', '')"); // as queuing an email does
                    }
                });
    }

    /** What queues work of the loop's kind, so that its signal comes. */
    @FunctionalInterface
    private interface Queuing {
        void queue() throws Exception;
    }

    /**
     * The loop's rounds find three full batches and then less: it takes the four at once and no fifth (the fourth
     * took all there was) until {@code queuing} signals more.
     */
    private static void goesOnAfterThreeFullBatchesThenWaitsForASignal(BackgroundLoop loop, AtomicInteger batches,
                                                                     Queuing queuing) throws Exception {
        loop.start();
        try {
            awaitCount(batches, 4);
            TimeUnit.MILLISECONDS.sleep(500);
            assertThat(batches).as("a partial batch took all there was: no look that finds nothing").hasValue(4);

            queuing.queue();
            awaitCount(batches, 5);
        } finally {
            loop.stop();
        }
    }

    private static void awaitCount(AtomicInteger count, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (count.get() < expected && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(count).hasValue(expected);
    }
}
