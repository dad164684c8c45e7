package io.casework.adapters.persistence.jdbi;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.testing.SequentialIds;
import io.casework.domain.assignee.Assignee;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A fresh database with one organization and one published workflow, to queue runs of. */
final class RunsDatabase {
    static final StepDefinition STEP = new StepDefinition("assign", "assign_case", Map.of("case", "trigger.case",
            "assignee_type", "team", "assignee_id", "team_1"), false, null);

    final TestDatabase.Fresh database = TestDatabase.fresh();
    final PostgresPersistence persistence = new PostgresPersistence(database.dataSource());
    final JdbiWorkflowRunRepository runs = persistence.workflowRuns();
    private final SequentialIds ids = new SequentialIds();
    private final WorkflowVersion version;

    RunsDatabase() {
        Instant now = Instant.parse("2026-11-26T10:15:30.123456Z");
        Organization organization = Organization.create(new OrganizationId(ids.next("org_")), "Acme", Plan.GROWTH, now);
        persistence.organizations().add(organization);
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
}
