package io.casework.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What only a real database shows: the run guarantees under concurrency, across connections. */
class JdbiWorkflowRunGuaranteesTest {
    private static final Instant T0 = Instant.parse("2026-11-26T10:15:30.123456Z");
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final RunsDatabase db = new RunsDatabase();

    private Optional<WorkflowRun> claim(String owner, Instant now) {
        return db.persistence.transactions().inTransaction(() -> db.runs.claimNext(owner, now, now.plus(LEASE)));
    }

    @Test
    void concurrentClaimersTakeEveryQueuedRunAndNeverTheSameOneTwice() throws Exception {
        int runCount = 60;
        int workerCount = 6;
        List<WorkflowRunId> queued = new ArrayList<>();
        for (int i = 0; i < runCount; i++) {
            queued.add(db.queued(T0.plusMillis(i)).id());
        }
        Queue<WorkflowRunId> claimed = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(workerCount);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < workerCount; w++) {
                String owner = "worker-" + w;
                done.add(workers.submit(() -> {
                    start.await();
                    for (Optional<WorkflowRun> run = claim(owner, T0.plusSeconds(1)); run.isPresent();
                         run = claim(owner, T0.plusSeconds(1))) {
                        claimed.add(run.get().id());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : done) {
                worker.get(60, TimeUnit.SECONDS);
            }
        } finally {
            workers.shutdownNow();
        }

        assertThat(claimed).hasSize(runCount).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(queued);
    }

    @Test
    void aRunClaimedInATransactionStillOpenIsNotTakenOverEvenAfterItsLease() throws Exception {
        WorkflowRun run = db.queued(T0);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService owner = Executors.newSingleThreadExecutor();
        try {
            Future<?> working = owner.submit(() -> db.persistence.transactions().run(() -> {
                db.runs.claimNext("worker-1", T0, T0.plus(LEASE)).orElseThrow();
                claimed.countDown();
                await(release);
                db.runs.recordStep(run.id(), StepResult.skipped(RunsDatabase.STEP, T0.plusSeconds(40)));
                db.runs.finish(run.id(), WorkflowRun.Status.SUCCEEDED, T0.plusSeconds(40));
            }));
            assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();

            Optional<WorkflowRun> whileClaimed = claim("worker-2", T0.plus(LEASE).plusSeconds(1));
            Optional<WorkflowRun> thisOneWhileClaimed = db.persistence.transactions().inTransaction(() -> db.runs.claim(
                    run.id(), "worker-2", T0.plus(LEASE).plusSeconds(1), T0.plus(LEASE.multipliedBy(2))));
            release.countDown();
            working.get(10, TimeUnit.SECONDS);

            assertThat(whileClaimed).isEmpty();
            assertThat(thisOneWhileClaimed).isEmpty();
            assertThat(claim("worker-2", T0.plus(LEASE.multipliedBy(10)))).isEmpty();
        } finally {
            owner.shutdownNow();
        }
    }

    @Test
    void aRunWhoseClaimingTransactionRolledBackIsClaimedAgainAtOnce() {
        WorkflowRun run = db.queued(T0);

        assertThatThrownBy(() -> db.persistence.transactions().run(() -> {
            db.runs.claimNext("worker-1", T0, T0.plus(LEASE)).orElseThrow();
            db.runs.recordStep(run.id(), StepResult.skipped(RunsDatabase.STEP, T0.plusSeconds(1)));
            throw new IllegalStateException("the worker died");
        })).isInstanceOf(IllegalStateException.class);

        WorkflowRun again = claim("worker-2", T0.plusSeconds(2)).orElseThrow();
        assertThat(again.id()).isEqualTo(run.id());
        assertThat(again.steps()).isEmpty();
    }

    @Test
    void theDatabaseRefusesASecondResultForTheSameStepOfARun() {
        WorkflowRun run = db.queued(T0);
        StepResult first = StepResult.succeeded(RunsDatabase.STEP, Map.of("n", 1), T0, T0.plusMillis(5));
        db.runs.recordStep(run.id(), first);

        assertThatThrownBy(() -> db.runs.recordStep(run.id(),
                StepResult.succeeded(RunsDatabase.STEP, Map.of("n", 2), T0, T0.plusMillis(9))))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23505"));
        assertThat(db.runs.find(run.organizationId(), run.id()).orElseThrow().steps()).containsExactly(first);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
