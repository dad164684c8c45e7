package io.casework.application.testing;

import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.CreateCaseCommand;
import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.in.CreateStaffMemberCommand;
import io.casework.application.port.in.CreateTeamCommand;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.application.service.AssignCaseStep;
import io.casework.application.service.AssignmentNotices;
import io.casework.application.service.CaseAssigner;
import io.casework.application.service.CaseServices;
import io.casework.application.service.CreateOrganizationService;
import io.casework.application.service.PlanLimits;
import io.casework.application.service.SetCasePriorityStep;
import io.casework.application.service.StaffMemberServices;
import io.casework.application.service.StepTypes;
import io.casework.application.service.TeamServices;
import io.casework.application.service.WorkflowEngine;
import io.casework.application.service.WorkflowServices;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseType;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The application wired on in-memory fakes, with shortcuts for setting up a scene in use-case tests. */
public final class InMemoryCasework {
    public final TestClock clock = TestClock.startingAt("2026-11-26T10:00:00Z");
    public final SequentialIds ids = new SequentialIds();
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    public final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository();
    public final InMemoryAssignCaseUsage usage = new InMemoryAssignCaseUsage();
    public final InMemoryStaffMemberRepository staff = new InMemoryStaffMemberRepository();
    public final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    public final InMemoryCaseRepository cases = new InMemoryCaseRepository();
    public final InMemoryCaseTimeline timeline = new InMemoryCaseTimeline();
    public final InMemoryAssigneeDirectory directory = new InMemoryAssigneeDirectory(staff, teams, cases);
    public final InMemoryNotificationOutbox outbox = new InMemoryNotificationOutbox();
    public final InMemoryWorkflowRepository workflows = new InMemoryWorkflowRepository();
    public final InMemoryWorkflowRunRepository runs = new InMemoryWorkflowRunRepository();
    public final PlanLimits limits;
    public final CaseAssigner assigner;
    public final StepTypes stepTypes;
    public final WorkflowEngine engine;

    public InMemoryCasework() {
        this(100);
    }

    public InMemoryCasework(long startupLimit) {
        transactions.takePart(organizations, apiKeys, usage, staff, teams, cases, timeline, directory, outbox, workflows,
                runs);
        limits = new PlanLimits(startupLimit);
        assigner = new CaseAssigner(directory, new AssignmentNotices(outbox, ids, clock,
                "https://backoffice.example.test/cases/{case_id}"), clock);
        stepTypes = new StepTypes(new AssignCaseStep(assigner, staff, teams, usage, limits, clock),
                new SetCasePriorityStep(clock));
        engine = new WorkflowEngine(runs, workflows, organizations, cases, timeline, ids, stepTypes, transactions,
                clock, Duration.ofSeconds(30));
    }

    public OrganizationId organization(Plan plan) {
        return new CreateOrganizationService(organizations, apiKeys, ids, transactions, clock)
                .create(new CreateOrganizationCommand("Acme", plan)).organizationId();
    }

    public StaffMember staffMember(OrganizationId organizationId, String name) {
        return new StaffMemberServices.CreateStaffMemberService(staff, ids, transactions, clock)
                .create(new CreateStaffMemberCommand(organizationId, new Email(name.toLowerCase() + "@example.test"),
                        name));
    }

    public Team team(OrganizationId organizationId, StaffMember... members) {
        return new TeamServices.CreateTeamService(teams, staff, ids, transactions, clock).create(new CreateTeamCommand(
                organizationId, "Reviewers", java.util.Arrays.stream(members).map(m -> m.id().value()).toList()));
    }

    public Case newCase(OrganizationId organizationId, String type) {
        return createCase().create(new CreateCaseCommand(organizationId, Actor.apiKey("key_test"), new CaseType(type),
                null, null, Map.of(), List.of()));
    }

    public CaseServices.CreateCaseService createCase() {
        return new CaseServices.CreateCaseService(cases, timeline,
                new WorkflowServices.WorkflowTriggers(workflows, runs, ids), ids, transactions, clock);
    }

    public CaseServices.AssignCaseService assignCase() {
        return new CaseServices.AssignCaseService(cases, timeline, ids, assigner, transactions);
    }

    public Workflow publishedWorkflow(OrganizationId organizationId, Trigger trigger, StepDefinition... steps) {
        Workflow draft = new WorkflowServices.CreateWorkflowService(workflows, stepTypes, ids, transactions, clock)
                .create(organizationId, new WorkflowDraft("Route cases", trigger, List.of(steps)));
        return publish().publish(organizationId, draft.id());
    }

    public WorkflowServices.PublishWorkflowService publish() {
        return new WorkflowServices.PublishWorkflowService(workflows, stepTypes, transactions, clock);
    }

    /** Runs the engine until no run is waiting. */
    public void drainRuns() {
        while (engine.runNext("worker-1")) {
            clock.advance(Duration.ofMillis(1));
        }
    }

    public static StepDefinition assignStep(String id, AssignmentTarget.AssigneeType type, String assigneeId,
                                            String strategy, boolean continueOnError) {
        Map<String, Object> config = new java.util.LinkedHashMap<>();
        config.put("case", "trigger.case");
        config.put("assignee_type", type.name().toLowerCase());
        config.put("assignee_id", assigneeId);
        if (strategy != null) {
            config.put("team_strategy", strategy);
        }
        return new StepDefinition(id, "assign_case", config, continueOnError, null);
    }
}
