package io.casework.application.service.workflow;

import static io.casework.application.port.in.AssignmentTarget.AssigneeType.INDIVIDUAL;
import static io.casework.application.port.in.AssignmentTarget.AssigneeType.TEAM;
import static io.casework.application.testing.InMemoryCasework.assignStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.casework.application.port.in.ConflictException;
import io.casework.application.port.in.CreateWorkflowUseCase;
import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.application.port.in.RunFilter;
import io.casework.application.port.in.StartWorkflowRunUseCase;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.application.service.organization.PlanLimits;
import io.casework.application.service.webhook.WebhookEvents;
import io.casework.application.testing.InMemoryCasework;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.workflow.Condition;
import io.casework.domain.workflow.StepAction.SetCasePriority;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WorkflowEngineTest {
    private static final Trigger ATO = new Trigger(Trigger.Event.CASE_CREATED, List.of(new CaseType("ato")));

    private final InMemoryCasework casework = new InMemoryCasework(3);
    private final OrganizationId org = casework.organization(Plan.GROWTH);

    @Test
    void aPublishedWorkflowAssignsNewCasesOfItsTypeAndIgnoresOthers() {
        StaffMember ada = casework.staffMember(org, "Ada");
        casework.publishedWorkflow(org, ATO, assignStep("assign", INDIVIDUAL, ada.id().value(), null, false));

        Case ato = casework.newCase(org, "ato");
        Case onboarding = casework.newCase(org, "onboarding");
        casework.drainRuns();

        assertThat(caseNow(ato).assignee().orElseThrow().id()).isEqualTo(ada.id().value());
        assertThat(caseNow(onboarding).assignee()).isEmpty();
        WorkflowRun run = onlyRun(ato);
        assertThat(run.status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
        assertThat(run.steps()).singleElement().satisfies(step -> {
            assertThat(step.status()).isEqualTo(StepResult.Status.SUCCEEDED);
            assertThat(step.output()).isEqualTo(Map.of("assignee", Map.of("type", "staff_member", "id", ada.id().value())));
        });
        assertThat(casework.telemetry.lines()).as("told once the batch committed")
                .containsSubsequence("assignment individual assigned", "run succeeded");
    }

    @Test
    void publishingReportsEveryProblemOfTheDraft() {
        OrganizationId other = casework.organization(Plan.GROWTH);
        StaffMember stranger = casework.staffMember(other, "Eve");
        Workflow draft = casework.useCases.createWorkflow().create(org, new WorkflowDraft("Broken", ATO, List.of(
                assignStep("Bad-Id", INDIVIDUAL, stranger.id().value(), null, false),
                new StepDefinition("twice", "send_fax", Map.of(), false, null),
                new StepDefinition("twice", "assign_case", Map.of("case", "trigger.case"), false, null))));

        assertThatThrownBy(() -> casework.useCases.publishWorkflow().publish(org, draft.id()))
                .isInstanceOf(FieldErrorsException.class)
                .extracting(e -> ((FieldErrorsException) e).errors().stream().map(FieldError::field).toList())
                .isEqualTo(List.of("steps[0].id", "steps[0].config.assignee_id", "steps[1].type", "steps[2].id",
                        "steps[2].config.assignee_type", "steps[2].config.assignee_id"));
    }

    @Test
    void savingADraftChecksOnlyItsShape() {
        CreateWorkflowUseCase create = casework.useCases.createWorkflow();

        Workflow unfinished = create.create(org, new WorkflowDraft("Later", ATO,
                List.of(new StepDefinition("a", "assign_case", Map.of("case", "trigger.case"), false, null))));
        assertThat(unfinished.status()).isEqualTo(Workflow.Status.DRAFT);

        assertThatThrownBy(() -> create.create(org, new WorkflowDraft("Typo", ATO, List.of(new StepDefinition("a",
                "assign_case", Map.of("assignee_type", "squad", "asignee_id", "x"), false, null)))))
                .extracting(e -> ((FieldErrorsException) e).errors().stream().map(FieldError::field).toList())
                .isEqualTo(List.of("steps[0].config.asignee_id", "steps[0].config.assignee_type"));
    }

    @Test
    void aRunStaysOnTheVersionItStartedOn() {
        StaffMember ada = casework.staffMember(org, "Ada");
        StaffMember bob = casework.staffMember(org, "Bob");
        Workflow workflow = casework.publishedWorkflow(org, ATO, assignStep("assign", INDIVIDUAL, ada.id().value(),
                null, false));
        Case queuedOnV1 = casework.newCase(org, "ato");

        casework.useCases.saveWorkflowDraft().save(org, workflow.id(), new WorkflowDraft(null, ATO,
                List.of(assignStep("assign", INDIVIDUAL, bob.id().value(), null, false))), OptionalLong.empty());
        casework.useCases.publishWorkflow().publish(org, workflow.id());
        Case queuedOnV2 = casework.newCase(org, "ato");
        casework.drainRuns();

        assertThat(onlyRun(queuedOnV1).workflowVersion()).isEqualTo(1);
        assertThat(caseNow(queuedOnV1).assignee().orElseThrow().id()).isEqualTo(ada.id().value());
        assertThat(onlyRun(queuedOnV2).workflowVersion()).isEqualTo(2);
        assertThat(caseNow(queuedOnV2).assignee().orElseThrow().id()).isEqualTo(bob.id().value());
    }

    @Test
    void aFailedStepWithoutContinueOnErrorFailsTheRunAndSkipsTheRest() {
        Team empty = casework.team(org);
        casework.publishedWorkflow(org, ATO,
                assignStep("assign", TEAM, empty.id().value(), "round_robin", false),
                priorityStep("raise", "urgent"));

        Case aCase = casework.newCase(org, "ato");
        casework.drainRuns();

        WorkflowRun run = onlyRun(aCase);
        assertThat(run.status()).isEqualTo(WorkflowRun.Status.FAILED);
        assertThat(run.steps()).extracting(StepResult::status, StepResult::errorCode).containsExactly(
                tuple(StepResult.Status.FAILED, "no_eligible_assignee"),
                tuple(StepResult.Status.SKIPPED, null));
        assertThat(caseNow(aCase).priority().name()).isEqualTo("NORMAL");
    }

    @Test
    void aFailedStepWithContinueOnErrorLetsTheRunGoOnAndSucceed() {
        Team empty = casework.team(org);
        casework.publishedWorkflow(org, ATO,
                assignStep("assign", TEAM, empty.id().value(), "round_robin", true),
                priorityStep("raise", "urgent"));

        Case aCase = casework.newCase(org, "ato");
        casework.drainRuns();

        WorkflowRun run = onlyRun(aCase);
        assertThat(run.status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
        assertThat(run.steps()).extracting(StepResult::status)
                .containsExactly(StepResult.Status.FAILED, StepResult.Status.SUCCEEDED);
        assertThat(caseNow(aCase).priority().name()).isEqualTo("URGENT");
    }

    @Test
    void aStepWhoseConditionIsFalseIsSkipped() {
        StaffMember ada = casework.staffMember(org, "Ada");
        StepDefinition onlyHigh = new StepDefinition("assign", "assign_case",
                assignStep("x", INDIVIDUAL, ada.id().value(), null, false).config(), false,
                new Condition("case.attributes.risk_score", Condition.Op.GTE, 80));
        casework.publishedWorkflow(org, ATO, onlyHigh);

        Case low = casework.useCases.createCase().create(new io.casework.application.port.in.CreateCaseCommand(org,
                io.casework.domain.cases.Actor.apiKey("key_test"), new CaseType("ato"), null, null,
                Map.of("risk_score", 10), List.of()));
        Case high = casework.useCases.createCase().create(new io.casework.application.port.in.CreateCaseCommand(org,
                io.casework.domain.cases.Actor.apiKey("key_test"), new CaseType("ato"), null, null,
                Map.of("risk_score", 87), List.of()));
        casework.drainRuns();

        assertThat(onlyRun(low).steps()).extracting(StepResult::status).containsExactly(StepResult.Status.SKIPPED);
        assertThat(onlyRun(low).status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
        assertThat(caseNow(low).assignee()).isEmpty();
        assertThat(caseNow(high).assignee()).isPresent();
    }

    @Test
    void theStartupProgramQuotaStopsAssignmentsAtTheLimitAndCountsExactly() {
        OrganizationId startup = casework.organization(Plan.STARTUP_PROGRAM);
        StaffMember ada = casework.staffMember(startup, "Ada");
        casework.publishedWorkflow(startup, ATO, assignStep("assign", INDIVIDUAL, ada.id().value(), null, false));

        List<Case> created = java.util.stream.IntStream.range(0, 5).mapToObj(i -> casework.newCase(startup, "ato")).toList();
        casework.drainRuns();

        assertThat(created.stream().filter(c -> caseNow(startup, c).assignee().isPresent())).hasSize(3);
        assertThat(created.stream().map(c -> onlyRun(startup, c).steps().get(0).errorCode()))
                .containsExactly(null, null, null, "plan_limit_exceeded", "plan_limit_exceeded");
        assertThat(casework.usage.count(startup, java.time.YearMonth.of(2026, 11))).isEqualTo(3);
        // a refused step leaves nothing of its work: the assignment's email was queued before the refusal
        assertThat(casework.outbox.list(startup, Optional.empty(), Optional.empty(), 100, Optional.empty())).hasSize(3);
    }

    @Test
    void aRefusedStepLeavesTheRotationWhereItWas() {
        OrganizationId startup = casework.organization(Plan.STARTUP_PROGRAM);
        StaffMember ada = casework.staffMember(startup, "Ada");
        StaffMember bob = casework.staffMember(startup, "Bob");
        Team team = casework.team(startup, ada, bob);
        casework.publishedWorkflow(startup, ATO, assignStep("assign", TEAM, team.id().value(), "round_robin", false));

        List<Case> created = java.util.stream.IntStream.range(0, 4).mapToObj(i -> casework.newCase(startup, "ato"))
                .toList();
        casework.drainRuns();
        casework.usage.reset(startup, java.time.YearMonth.of(2026, 11));
        Case afterTheRefusals = casework.newCase(startup, "ato");
        casework.drainRuns();

        assertThat(created.stream().map(c -> caseNow(startup, c).assignee().map(a -> a.id()).orElse("none")))
                .containsExactly(ada.id().value(), bob.id().value(), ada.id().value(), "none");
        assertThat(caseNow(startup, afterTheRefusals).assignee().orElseThrow().id()).isEqualTo(bob.id().value());
    }

    @Test
    void aRunWhoseTransactionFailsUnexpectedlyIsLeftLeasedAndRetriedAfterTheLease() {
        casework.publishedWorkflow(org, ATO, priorityStep("raise", "urgent"));
        Case aCase = casework.newCase(org, "ato");
        WorkflowRun queued = onlyRun(aCase);
        WorkflowEngine broken = new WorkflowEngine(casework.runs, casework.workflows, casework.organizations,
                casework.cases, casework.timeline, casework.ids,
                new WorkflowEngine.Ports(casework.directory, casework.outbox, casework.usage,
                        new WebhookEvents(casework.webhooks, casework.webhooks, casework.webhooks, casework.cases,
                                casework.runs, casework.ids, casework.clock)),
                new StepTypes(new ExplodingStep("set_case_priority")), new PlanLimits(100), casework.transactions,
                casework.clock,
                java.time.Duration.ofSeconds(30), 64, 64, casework.telemetry);

        assertThatThrownBy(() -> broken.runNext("worker-1")).isInstanceOf(IllegalStateException.class);
        assertThat(onlyRun(aCase).status()).isEqualTo(WorkflowRun.Status.RUNNING);
        assertThat(casework.runs.leaseOwner(queued.id())).contains("worker-1");
        assertThat(casework.useCases.workflowRunner().runNext("worker-2")).isFalse();

        casework.runs.expireLease(queued.id());
        casework.drainRuns();
        assertThat(onlyRun(aCase).status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
        assertThat(caseNow(aCase).priority().name()).isEqualTo("URGENT");
    }

    /** A step type that fails the way a bug or a lost database would: not with a refusal. */
    private record ExplodingStep(String name) implements StepType<SetCasePriority> {
        @Override
        public Class<SetCasePriority> actionType() {
            return SetCasePriority.class;
        }

        @Override
        public List<FieldError> checkShape(Map<String, Object> config, String path) {
            return List.of();
        }

        @Override
        public Parsed<SetCasePriority> parse(OrganizationId organizationId, Map<String, Object> config,
                                             String path) {
            return new Parsed<>(new SetCasePriority(Priority.LOW), List.of());
        }

        @Override
        public Map<String, Object> execute(StepContext context, SetCasePriority action) {
            throw new IllegalStateException("connection lost");
        }
    }

    @Test
    void aRunAbandonedByADeadWorkerIsFinishedByAnotherWithoutRepeatingSteps() {
        StaffMember ada = casework.staffMember(org, "Ada");
        StaffMember bob = casework.staffMember(org, "Bob");
        Team team = casework.team(org, ada, bob);
        casework.publishedWorkflow(org, ATO, assignStep("assign", TEAM, team.id().value(), "round_robin", false));
        Case aCase = casework.newCase(org, "ato");
        WorkflowRun queued = onlyRun(aCase);

        // a worker claims the run and dies before doing anything: its lease runs out
        casework.runs.claimNext("dead-worker", casework.clock.instant(), casework.clock.instant().plusSeconds(30));
        assertThat(casework.useCases.workflowRunner().runNext("worker-2")).isFalse();
        casework.runs.expireLease(queued.id());
        casework.drainRuns();

        assertThat(onlyRun(aCase).status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
        assertThat(casework.runs.leaseOwner(queued.id())).isEmpty();
        assertThat(caseNow(aCase).assignee().orElseThrow().id()).isEqualTo(ada.id().value());
    }

    @Test
    void aRunExecutesTheActionParsedAtPublishNotTheConfigText() {
        Workflow workflow = Workflow.draft(new WorkflowId(casework.ids.next(WorkflowId.PREFIX)), org, "Raise", ATO,
                List.of(priorityStep("raise", "urgent")), casework.clock.instant());
        WorkflowVersion version = workflow.publish(List.of(new SetCasePriority(Priority.HIGH)),
                casework.clock.instant());
        casework.workflows.add(workflow);
        casework.workflows.addVersion(version);

        Case aCase = casework.newCase(org, "ato");
        casework.drainRuns();

        assertThat(caseNow(aCase).priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void aManualRunNeedsAPublishedWorkflow() {
        StaffMember ada = casework.staffMember(org, "Ada");
        Workflow workflow = casework.publishedWorkflow(org, new Trigger(Trigger.Event.MANUAL, List.of()),
                assignStep("assign", INDIVIDUAL, ada.id().value(), null, false));
        Case aCase = casework.newCase(org, "ato");
        StartWorkflowRunUseCase start = casework.useCases.startWorkflowRun();

        assertThat(runsOf(aCase)).isEmpty();
        WorkflowRun run = start.start(org, workflow.id(), aCase.id().value());
        casework.drainRuns();
        assertThat(run.triggerEvent()).isEqualTo(Trigger.Event.MANUAL);
        assertThat(caseNow(aCase).assignee()).isPresent();

        casework.useCases.publishWorkflow().unpublish(org, workflow.id());
        assertThatThrownBy(() -> start.start(org, workflow.id(), aCase.id().value())).isInstanceOf(ConflictException.class);
    }

    private static StepDefinition priorityStep(String id, String priority) {
        return new StepDefinition(id, "set_case_priority", Map.of("case", "trigger.case", "priority", priority), false,
                null);
    }

    private Case caseNow(Case aCase) {
        return caseNow(org, aCase);
    }

    private Case caseNow(OrganizationId organizationId, Case aCase) {
        return casework.cases.find(organizationId, aCase.id()).orElseThrow();
    }

    private List<WorkflowRun> runsOf(Case aCase) {
        return casework.runs.list(org, new RunFilter(Optional.empty(), Optional.of(aCase.id()),
                Optional.empty()), 10, Optional.empty());
    }

    private WorkflowRun onlyRun(Case aCase) {
        return onlyRun(org, aCase);
    }

    private WorkflowRun onlyRun(OrganizationId organizationId, Case aCase) {
        List<WorkflowRun> runs = casework.runs.list(organizationId, new RunFilter(Optional.empty(),
                Optional.of(aCase.id()), Optional.empty()), 10, Optional.empty());
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }
}
