package io.casework.adapters.persistence.jdbi;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.port.out.NotificationOutbox.PendingNotification;
import io.casework.application.port.out.Notifier;
import io.casework.application.testing.CaseBuilder;
import io.casework.application.testing.SequentialIds;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.cases.Priority;
import io.casework.domain.cases.CaseType;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.workflow.StepAction;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import io.casework.domain.workflow.WorkflowVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** A fresh database with one organization and one published workflow, to queue runs of (and emails). */
final class RunsDatabase {
    static final StepDefinition STEP = new StepDefinition("assign", "assign_case", Map.of("case", "trigger.case",
            "assignee_type", "team", "assignee_id", "team_1"), false, null);

    final TestDatabase.Fresh database = TestDatabase.fresh();
    final PostgresPersistence persistence = new PostgresPersistence(database.dataSource());
    final JdbiWorkflowRunRepository runs = persistence.workflowRuns();
    private final SequentialIds ids = new SequentialIds();
    private final WorkflowVersion version;
    private final StaffMember member;
    private final CaseId caseId;

    RunsDatabase() {
        Instant now = Instant.parse("2026-11-26T10:15:30.123456Z");
        Organization organization = Organization.create(new OrganizationId(ids.next("org_")), "Acme", Plan.GROWTH, now);
        persistence.organizations().add(organization);
        StaffMemberId memberId = new StaffMemberId(ids.next(StaffMemberId.PREFIX));
        member = StaffMember.hire(memberId, organization.id(), new Email(memberId.value() + "@example.test"), "Ada",
                now);
        persistence.staffMembers().add(member);
        caseId = new CaseId(ids.next(CaseId.PREFIX));
        persistence.cases().add(new CaseBuilder(caseId, organization.id(), Clock.fixed(now, ZoneOffset.UTC)).build());
        Workflow workflow = Workflow.draft(new WorkflowId(ids.next(WorkflowId.PREFIX)), organization.id(), "Route",
                new Trigger(Trigger.Event.CASE_CREATED, List.of()), List.of(STEP), now);
        version = workflow.publish(List.of(new StepAction.AssignCase(new Assignee(Assignee.Kind.TEAM, "team_1"), null)),
                now);
        persistence.workflows().add(workflow);
        persistence.workflows().addVersion(version);
    }

    /** A run, not yet stored. */
    WorkflowRun run(Instant createdAt) {
        return WorkflowRun.queue(new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)), version,
                Trigger.Event.CASE_CREATED, new CaseId(ids.next(CaseId.PREFIX)), createdAt);
    }

    WorkflowRun queued(Instant createdAt) {
        WorkflowRun run = run(createdAt);
        runs.add(run);
        return run;
    }

    /** Queues an email to the organization's one member about its one case. */
    void queuedEmail(Instant createdAt) {
        String id = ids.next("ntf_");
        Notifier.Email email = new Notifier.Email(id + "@casework", Notifier.Kind.ASSIGNED,
                new Notifier.Recipient(member.email().value(), member.name()),
                new Notifier.CaseSummary(caseId.value(), new CaseType("ato"), Priority.NORMAL, null, null),
                new Notifier.ChangedBy.ApiKey(new ApiKeyId("key_test"), "Test key"),
                "https://example.test/cases/" + caseId.value(), null);
        persistence.notificationOutbox().add(new PendingNotification(id, member.organizationId(), caseId, member.id(),
                email, 0, createdAt));
    }
}
