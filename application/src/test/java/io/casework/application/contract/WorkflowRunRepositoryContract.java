package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.RunFilter;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.application.port.out.WorkflowRunRepository.RecordedStep;
import io.casework.application.testing.SequentialIds;
import io.casework.application.testing.TestClock;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.workflow.StepAction;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import io.casework.domain.workflow.WorkflowVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link WorkflowRunRepository} must do. Claiming takes from every organization's runs, so
 * each test needs a store of its own: give each test instance a fresh one.
 */
public abstract class WorkflowRunRepositoryContract {
    private static final Duration LEASE = Duration.ofSeconds(30);

    protected final SequentialIds ids = new SequentialIds();
    protected final TestClock clock = TestClock.startingAt("2026-11-26T10:15:30.123456Z");
    private final Organization organization = Organization.create(new OrganizationId(ids.next("org_")), "Acme",
            Plan.GROWTH, clock.instant());
    private WorkflowVersion version;

    protected abstract OrganizationRepository organizations();

    protected abstract WorkflowRepository workflows();

    protected abstract WorkflowRunRepository runs();

    @BeforeEach
    void storeAPublishedWorkflow() {
        organizations().add(organization);
        version = publishedVersion(organization.id());
    }

    private WorkflowVersion publishedVersion(OrganizationId organizationId) {
        Workflow workflow = Workflow.draft(new WorkflowId(ids.next(WorkflowId.PREFIX)), organizationId, "Route",
                new Trigger(Trigger.Event.CASE_CREATED, List.of()),
                List.of(step("first"), step("second"), step("third")), clock.instant());
        workflows().add(workflow);
        Workflow loaded = workflows().find(organizationId, workflow.id()).orElseThrow();
        WorkflowVersion published = loaded.publish(List.of(TO_TEAM_1, TO_TEAM_1, TO_TEAM_1), clock.instant());
        workflows().update(loaded);
        workflows().addVersion(published);
        return published;
    }

    /** What {@link #step}'s config says. */
    private static final StepAction TO_TEAM_1 = new StepAction.AssignCase(new Assignee(Assignee.Kind.TEAM, "team_1"),
            null);

    private static StepDefinition step(String id) {
        return new StepDefinition(id, "assign_case", Map.of("case", "trigger.case", "assignee_type", "team",
                "assignee_id", "team_1"), false, null);
    }

    private WorkflowRun queued(WorkflowVersion of, CaseId caseId) {
        WorkflowRun run = WorkflowRun.queue(new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)), of,
                Trigger.Event.CASE_CREATED, caseId, clock.instant());
        runs().add(run);
        return run;
    }

    private WorkflowRun queued() {
        return queued(version, new CaseId(ids.next(CaseId.PREFIX)));
    }

    private Optional<WorkflowRun> claim(String owner, Instant now) {
        return runs().claimNext(owner, now, now.plus(LEASE));
    }

    private StepResult succeeded(String stepId) {
        Instant started = clock.instant();
        return StepResult.succeeded(step(stepId), Map.of("assignee", Map.of("type", "team", "id", "team_1"),
                "count", 2), started, clock.instant());
    }

    @Test
    void storesAQueuedRunAndFindsItInItsOrganizationOnly() {
        WorkflowRun run = queued();

        assertThat(runs().find(organization.id(), run.id())).contains(run);
        assertThat(runs().find(new OrganizationId(ids.next("org_")), run.id())).isEmpty();
        assertThat(runs().find(organization.id(), new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)))).isEmpty();
    }

    @Test
    void storesRunsAddedTogetherEachAsAddedAlone() {
        Organization other = Organization.create(new OrganizationId(ids.next("org_")), "Other", Plan.GROWTH,
                clock.instant());
        organizations().add(other);
        List<WorkflowRun> together = List.of(
                WorkflowRun.queue(new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)), version,
                        Trigger.Event.CASE_CREATED, new CaseId(ids.next(CaseId.PREFIX)), clock.instant()),
                WorkflowRun.queue(new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)), version,
                        Trigger.Event.CASE_SLA_BREACHED, new CaseId(ids.next(CaseId.PREFIX)), clock.instant()),
                WorkflowRun.queue(new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)), publishedVersion(other.id()),
                        Trigger.Event.CASE_CREATED, new CaseId(ids.next(CaseId.PREFIX)), clock.instant()));

        runs().addAll(together);

        for (WorkflowRun run : together) {
            assertThat(runs().find(run.organizationId(), run.id())).contains(run);
        }
    }

    @Test
    void storesAManualRun() {
        WorkflowRun run = WorkflowRun.queue(new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)), version,
                Trigger.Event.MANUAL, new CaseId(ids.next(CaseId.PREFIX)), clock.instant());

        runs().add(run);

        assertThat(runs().find(organization.id(), run.id()).orElseThrow().triggerEvent())
                .isEqualTo(Trigger.Event.MANUAL);
    }

    @Test
    void listsRunsNewestFirstInPages() {
        WorkflowRun oldest = queued();
        WorkflowRun middle = queued();
        WorkflowRun newest = queued();

        List<WorkflowRun> firstPage = runs().list(organization.id(), RunFilter.none(), 2, Optional.empty());
        List<WorkflowRun> secondPage = runs().list(organization.id(), RunFilter.none(), 2,
                Optional.of(new Position(middle.createdAt(), middle.id().value())));

        assertThat(firstPage).extracting(WorkflowRun::id).containsExactly(newest.id(), middle.id());
        assertThat(secondPage).extracting(WorkflowRun::id).containsExactly(oldest.id());
    }

    @Test
    void listsRunsFilteredByWorkflowCaseAndStatusWithinTheOrganization() {
        WorkflowVersion other = publishedVersion(organization.id());
        CaseId caseId = new CaseId(ids.next(CaseId.PREFIX));
        WorkflowRun ofCase = queued(version, caseId);
        WorkflowRun ofOtherWorkflowAndCase = queued(other, caseId);
        WorkflowRun ofOtherCase = queued();
        Organization elsewhere = Organization.create(new OrganizationId(ids.next("org_")), "Globex", Plan.GROWTH,
                clock.instant());
        organizations().add(elsewhere);
        queued(publishedVersion(elsewhere.id()), caseId);
        WorkflowRun running = claim("worker-1", clock.instant()).orElseThrow();

        assertThat(runs().list(organization.id(), new RunFilter(Optional.of(version.workflowId()), Optional.empty(),
                Optional.empty()), 10, Optional.empty())).extracting(WorkflowRun::id)
                .containsExactly(ofOtherCase.id(), ofCase.id());
        assertThat(runs().list(organization.id(), new RunFilter(Optional.empty(), Optional.of(caseId),
                Optional.empty()), 10, Optional.empty())).extracting(WorkflowRun::id)
                .containsExactly(ofOtherWorkflowAndCase.id(), ofCase.id());
        assertThat(runs().list(organization.id(), new RunFilter(Optional.of(version.workflowId()), Optional.of(caseId),
                Optional.of(WorkflowRun.Status.RUNNING)), 10, Optional.empty())).extracting(WorkflowRun::id)
                .containsExactly(running.id());
        assertThat(runs().list(organization.id(), new RunFilter(Optional.empty(), Optional.empty(),
                Optional.of(WorkflowRun.Status.SUCCEEDED)), 10, Optional.empty())).isEmpty();
    }

    @Test
    void claimingGivesAQueuedRunOnceAndMarksItRunning() {
        WorkflowRun run = queued();
        Instant now = clock.instant();

        Optional<WorkflowRun> first = claim("worker-1", now);
        Optional<WorkflowRun> second = claim("worker-2", now);

        assertThat(first).map(WorkflowRun::id).contains(run.id());
        assertThat(first.orElseThrow().status()).isEqualTo(WorkflowRun.Status.RUNNING);
        assertThat(second).isEmpty();
        assertThat(runs().find(organization.id(), run.id()).orElseThrow().status())
                .isEqualTo(WorkflowRun.Status.RUNNING);
    }

    @Test
    void claimingTakesTheOldestRunFirst() {
        WorkflowRun oldest = queued();
        WorkflowRun newest = queued();

        assertThat(claim("worker-1", clock.instant())).map(WorkflowRun::id).contains(oldest.id());
        assertThat(claim("worker-1", clock.instant())).map(WorkflowRun::id).contains(newest.id());
        assertThat(claim("worker-1", clock.instant())).isEmpty();
    }

    @Test
    void claimingFindsNothingWhenNoRunIsWaiting() {
        assertThat(claim("worker-1", clock.instant())).isEmpty();
    }

    @Test
    void aRunningRunIsClaimedAgainOnlyOnceItsLeaseHasEnded() {
        WorkflowRun run = queued();
        Instant claimedAt = clock.instant();
        claim("worker-1", claimedAt).orElseThrow();

        assertThat(claim("worker-2", claimedAt.plus(LEASE).minusSeconds(1))).isEmpty();
        assertThat(claim("worker-2", claimedAt.plus(LEASE).plusSeconds(1))).map(WorkflowRun::id).contains(run.id());
    }

    @Test
    void claimingOneRunTakesItOnlyWhileItIsClaimable() {
        WorkflowRun run = queued();
        WorkflowRun other = queued();
        Instant claimedAt = clock.instant();

        Optional<WorkflowRun> first = runs().claim(run.id(), "worker-1", claimedAt, claimedAt.plus(LEASE));
        Optional<WorkflowRun> again = runs().claim(run.id(), "worker-2", claimedAt.plus(LEASE).minusSeconds(1),
                claimedAt.plus(LEASE.multipliedBy(2)));
        Optional<WorkflowRun> afterTheLease = runs().claim(run.id(), "worker-2", claimedAt.plus(LEASE).plusSeconds(1),
                claimedAt.plus(LEASE.multipliedBy(2)));

        assertThat(first).map(WorkflowRun::id).contains(run.id());
        assertThat(first.orElseThrow().status()).isEqualTo(WorkflowRun.Status.RUNNING);
        assertThat(again).isEmpty();
        assertThat(afterTheLease).map(WorkflowRun::id).contains(run.id());
        assertThat(claim("worker-3", claimedAt)).map(WorkflowRun::id).contains(other.id());
        runs().finish(run.id(), WorkflowRun.Status.SUCCEEDED, clock.instant());
        assertThat(runs().claim(run.id(), "worker-3", claimedAt.plus(LEASE.multipliedBy(100)),
                claimedAt.plus(LEASE.multipliedBy(101)))).isEmpty();
        assertThat(runs().claim(new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)), "worker-3", claimedAt,
                claimedAt.plus(LEASE))).isEmpty();
    }

    @Test
    void recordedStepResultsAreReadBackInTheOrderTheyWereRecorded() {
        WorkflowRun run = queued();
        claim("worker-1", clock.instant()).orElseThrow();
        Instant started = clock.instant();
        List<StepResult> results = List.of(
                succeeded("third"),
                StepResult.failed(step("first"), "no_eligible_assignee", "no member of team_1 is available",
                        started, clock.instant()),
                StepResult.skipped(step("second"), clock.instant()));

        results.forEach(result -> runs().recordStep(run.id(), result));

        assertThat(runs().find(organization.id(), run.id()).orElseThrow().steps()).isEqualTo(results);
        assertThat(runs().list(organization.id(), RunFilter.none(), 10, Optional.empty()))
                .singleElement().extracting(WorkflowRun::steps).isEqualTo(results);
    }

    @Test
    void aBatchsStepResultsAndOutcomesAreWrittenTogetherAndTheResultsKeepTheirOrder() {
        WorkflowRun first = queued();
        WorkflowRun second = queued();
        claim("worker-1", clock.instant()).orElseThrow();
        claim("worker-1", clock.instant()).orElseThrow();
        Instant started = clock.instant();
        StepResult failed = StepResult.failed(step("first"), "no_eligible_assignee", "no member of team_1 is available",
                started, clock.instant());
        StepResult skipped = StepResult.skipped(step("second"), clock.instant());
        StepResult done = succeeded("first");
        Map<WorkflowRunId, WorkflowRun.Status> outcomes = new LinkedHashMap<>();
        outcomes.put(first.id(), WorkflowRun.Status.FAILED);
        outcomes.put(second.id(), WorkflowRun.Status.SUCCEEDED);
        Instant finishedAt = clock.instant();

        runs().finishAll(List.of(new RecordedStep(second.id(), done), new RecordedStep(first.id(), failed),
                new RecordedStep(first.id(), skipped)), outcomes, finishedAt);

        WorkflowRun firstFound = runs().find(organization.id(), first.id()).orElseThrow();
        assertThat(firstFound.steps()).containsExactly(failed, skipped);
        assertThat(firstFound.status()).isEqualTo(WorkflowRun.Status.FAILED);
        assertThat(firstFound.finishedAt()).isEqualTo(finishedAt);
        WorkflowRun secondFound = runs().find(organization.id(), second.id()).orElseThrow();
        assertThat(secondFound.steps()).containsExactly(done);
        assertThat(secondFound.status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
        assertThat(claim("worker-2", clock.instant().plus(LEASE.multipliedBy(100)))).isEmpty();
    }

    @Test
    void aWorkerThatTakesOverARunGetsTheStepsAlreadyRecorded() {
        WorkflowRun run = queued();
        Instant claimedAt = clock.instant();
        claim("worker-1", claimedAt).orElseThrow();
        StepResult done = succeeded("first");
        runs().recordStep(run.id(), done);

        WorkflowRun takenOver = claim("worker-2", claimedAt.plus(LEASE).plusSeconds(1)).orElseThrow();

        assertThat(takenOver.steps()).containsExactly(done);
        assertThat(takenOver.hasResultFor("first")).isTrue();
    }

    @Test
    void aFinishedRunKeepsItsOutcomeAndIsNeitherLockedNorClaimedAgain() {
        WorkflowRun run = queued();
        Instant claimedAt = clock.instant();
        claim("worker-1", claimedAt).orElseThrow();
        Instant finishedAt = clock.instant();

        runs().finish(run.id(), WorkflowRun.Status.FAILED, finishedAt);

        WorkflowRun found = runs().find(organization.id(), run.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(WorkflowRun.Status.FAILED);
        assertThat(found.finishedAt()).isEqualTo(finishedAt);
        assertThat(claim("worker-2", claimedAt.plus(LEASE.multipliedBy(100)))).isEmpty();
    }
}
