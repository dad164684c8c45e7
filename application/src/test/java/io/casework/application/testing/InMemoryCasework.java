package io.casework.application.testing;

import io.casework.application.Casework;
import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.CreateCaseCommand;
import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.in.CreateStaffMemberCommand;
import io.casework.application.port.in.CreateTeamCommand;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.application.service.notification.RetryPolicy;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.Role;
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
    public final InMemoryReassignments reassignments = new InMemoryReassignments();
    public final InMemoryIdempotencyStore idempotency = new InMemoryIdempotencyStore();
    public final InMemoryNotifier notifier = new InMemoryNotifier();
    public final RecordingTelemetry telemetry = new RecordingTelemetry();
    public final InMemorySignInLinks signInLinks = new InMemorySignInLinks();
    public final InMemorySessions sessions = new InMemorySessions();
    public final InMemoryWebhooks webhooks = new InMemoryWebhooks();
    public final InMemorySlaPolicies slaPolicies = new InMemorySlaPolicies();
    /** Every use case, wired by the application's own factory over the fakes above. */
    public final Casework useCases;

    public InMemoryCasework() {
        this(100);
    }

    public InMemoryCasework(long startupLimit) {
        transactions.takePart(organizations, apiKeys, usage, staff, teams, cases, timeline, directory, outbox, workflows,
                runs, reassignments, slaPolicies);
        useCases = Casework.wire(
                new Casework.Ports(organizations, apiKeys, usage, staff, teams, directory, cases, timeline, workflows,
                        idempotency, runs, outbox, notifier, signInLinks, sessions, transactions, ids, telemetry,
                        webhooks, webhooks, webhooks, webhooks, reassignments, slaPolicies, cases),
                new Casework.Settings(clock, "https://backoffice.example.test",
                        "https://backoffice.example.test/cases/{case_id}", startupLimit,
                        Duration.ofSeconds(30),
                        new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 1.0)));
    }

    public OrganizationId organization(Plan plan) {
        return useCases.createOrganization().create(new CreateOrganizationCommand("Acme", plan)).organizationId();
    }

    public StaffMember staffMember(OrganizationId organizationId, String name) {
        return useCases.createStaffMember().create(new CreateStaffMemberCommand(organizationId,
                new Email(name.toLowerCase() + "@example.test"), name, Role.REVIEWER));
    }

    public Team team(OrganizationId organizationId, StaffMember... members) {
        return useCases.createTeam().create(new CreateTeamCommand(organizationId, "Reviewers",
                java.util.Arrays.stream(members).map(m -> m.id().value()).toList()));
    }

    public Case newCase(OrganizationId organizationId, String type) {
        return useCases.createCase().create(new CreateCaseCommand(organizationId, Actor.apiKey("key_test"),
                new CaseType(type), null, null, Map.of(), List.of()));
    }

    public Workflow publishedWorkflow(OrganizationId organizationId, Trigger trigger, StepDefinition... steps) {
        Workflow draft = useCases.createWorkflow().create(organizationId,
                new WorkflowDraft("Route cases", trigger, List.of(steps)));
        return useCases.publishWorkflow().publish(organizationId, draft.id());
    }

    /** Runs the engine until no run is waiting. */
    public void drainRuns() {
        while (useCases.workflowRunner().runNext("worker-1")) {
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
