package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.in.RunFilter;
import io.casework.application.port.in.WorkflowRunner;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseAssigned;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The workflow engine on real PostgreSQL, under the concurrency a production deployment sees: cases created
 * from many threads while two engines (standing for two server processes) drain the runs.
 */
class EngineOnPostgresTest {
    private final PostgresCasework casework = new PostgresCasework(5, 30);
    private final ExecutorService threads = Executors.newFixedThreadPool(12);

    @AfterEach
    void close() throws Exception {
        threads.shutdownNow();
        casework.close();
    }

    @Test
    void roundRobinOverThreeMembersGivesEachExactlyAThirdOf300CasesCreatedConcurrently() throws Exception {
        OrganizationId org = casework.organization(Plan.GROWTH);
        Team team = casework.team(org, casework.staffMember(org, "Ada", null), casework.staffMember(org, "Bob", null),
                casework.staffMember(org, "Cy", null));
        casework.publishedAssignToTeam(org, team, "round_robin");

        List<Case> cases = createConcurrently(org, 300);
        drainWithTwoEngines(org, 300);

        Map<String, Long> perMember = assigneesOf(org, cases).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perMember.values()).containsExactly(100L, 100L, 100L);
        assertThat(runs(org)).allSatisfy(run -> assertThat(run.status()).isEqualTo(WorkflowRun.Status.SUCCEEDED));
        for (Case c : cases.subList(0, 20)) {
            assertThat(casework.db.caseTimeline().list(org, c.id(), 100, Optional.empty()))
                    .filteredOn(e -> e.event() instanceof CaseAssigned).hasSize(1);
        }
    }

    @Test
    void aCapacityOfTwoIsNeverExceededUnderConcurrency() throws Exception {
        OrganizationId org = casework.organization(Plan.GROWTH);
        StaffMember ada = casework.staffMember(org, "Ada", 2);
        StaffMember bob = casework.staffMember(org, "Bob", 2);
        casework.publishedAssignToTeam(org, casework.team(org, ada, bob), "least_loaded");

        List<Case> cases = createConcurrently(org, 12);
        drainWithTwoEngines(org, 12);

        Map<String, Long> perMember = assigneesOf(org, cases).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perMember).containsOnly(Map.entry(ada.id().value(), 2L), Map.entry(bob.id().value(), 2L));
        assertThat(runs(org)).filteredOn(r -> r.status() == WorkflowRun.Status.FAILED).hasSize(8)
                .allSatisfy(r -> assertThat(r.steps().get(0).errorCode()).isEqualTo("no_eligible_assignee"));
    }

    @Test
    void theStartupProgramQuotaStopsAtTheLimitAndCountsExactlyUnderConcurrency() throws Exception {
        OrganizationId org = casework.organization(Plan.STARTUP_PROGRAM);
        Team team = casework.team(org, casework.staffMember(org, "Ada", null), casework.staffMember(org, "Bob", null));
        casework.publishedAssignToTeam(org, team, "round_robin");

        List<Case> cases = createConcurrently(org, 20);
        drainWithTwoEngines(org, 20);

        assertThat(assigneesOf(org, cases)).hasSize(5);
        assertThat(casework.db.assignCaseUsage().count(org, YearMonth.now(ZoneOffset.UTC))).isEqualTo(5);
        // a refused step leaves nothing behind: neither the email of its assignment nor a turn of the rotation
        assertThat(casework.db.notificationOutbox().list(org, Optional.empty(), Optional.empty(), 100,
                Optional.empty())).hasSize(5);
        assertThat(assigneesOf(org, cases).stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting())).values()).containsExactlyInAnyOrder(3L, 2L);
        assertThat(runs(org)).filteredOn(r -> r.status() == WorkflowRun.Status.FAILED).hasSize(15)
                .allSatisfy(r -> assertThat(r.steps().get(0).errorCode()).isEqualTo("plan_limit_exceeded"));
    }

    @Test
    void aRunWhoseWorkerDiedIsFinishedByAnotherAfterItsLeaseWithoutRepeatingAStep() throws Exception {
        OrganizationId org = casework.organization(Plan.GROWTH);
        Team team = casework.team(org, casework.staffMember(org, "Ada", null), casework.staffMember(org, "Bob", null));
        casework.publishedAssignToTeam(org, team, "round_robin");
        Case aCase = casework.newCase(org);
        WorkflowRunId runId = runs(org).get(0).id();

        // a worker takes the run with a lease that has already run out, then is never heard of again
        Instant past = Instant.now().minusSeconds(60);
        casework.db.transactions().inTransaction(() -> casework.db.workflowRuns().claimNext("dead-worker", past, past));
        WorkflowRunner survivor = casework.engine();
        while (survivor.runNext("survivor")) {
            // drain
        }

        WorkflowRun run = casework.db.workflowRuns().find(org, runId).orElseThrow();
        assertThat(run.status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
        assertThat(run.steps()).extracting(StepResult::status).containsExactly(StepResult.Status.SUCCEEDED);
        assertThat(casework.db.cases().find(org, aCase.id()).orElseThrow().assignee()).isPresent();
        Instant later = Instant.now().plusSeconds(3600);
        assertThat(casework.db.transactions().inTransaction(
                () -> casework.db.workflowRuns().claim(runId, "another", later, later.plusSeconds(30)))).isEmpty();
    }

    private List<Case> createConcurrently(OrganizationId org, int count) throws Exception {
        List<Future<Case>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(threads.submit(() -> casework.newCase(org)));
        }
        List<Case> cases = new ArrayList<>();
        for (Future<Case> f : futures) {
            cases.add(f.get(60, TimeUnit.SECONDS));
        }
        return cases;
    }

    /** Two engines (two processes' worth) with three workers each, until every run of the organization ended. */
    private void drainWithTwoEngines(OrganizationId org, int expectedRuns) throws Exception {
        WorkflowRunner first = casework.engine();
        WorkflowRunner second = casework.engine();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String a = "process-a-" + i;
            String b = "process-b-" + i;
            workers.add(threads.submit(() -> drain(first, a)));
            workers.add(threads.submit(() -> drain(second, b)));
        }
        for (Future<?> w : workers) {
            w.get(120, TimeUnit.SECONDS);
        }
        List<WorkflowRun> runs = runs(org);
        assertThat(runs).hasSize(expectedRuns);
        assertThat(runs).allSatisfy(r -> assertThat(r.status()).isIn(WorkflowRun.Status.SUCCEEDED,
                WorkflowRun.Status.FAILED));
    }

    private static void drain(WorkflowRunner engine, String worker) {
        while (engine.runNext(worker)) {
            // keep going while runs are waiting
        }
    }

    private List<String> assigneesOf(OrganizationId org, List<Case> cases) {
        List<String> ids = new ArrayList<>();
        for (Case c : cases) {
            casework.db.cases().find(org, c.id()).orElseThrow().assignee().map(Assignee::id).ifPresent(ids::add);
        }
        return Collections.unmodifiableList(ids);
    }

    private List<WorkflowRun> runs(OrganizationId org) {
        return casework.db.workflowRuns().list(org, RunFilter.none(), 1000, Optional.empty());
    }
}
