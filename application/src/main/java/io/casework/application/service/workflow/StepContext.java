package io.casework.application.service.workflow;

import io.casework.application.port.out.Notifier;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.Organization;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowVersion;

/** What a step sees while it runs: the run, its version, the organization, and the case (locked). */
public record StepContext(WorkflowRun run, WorkflowVersion version, Organization organization, Case aCase) {
    public Actor actor() {
        return Actor.workflowRun(run.id().value());
    }

    /** Who emails say made this change. */
    public Notifier.ChangedBy changedBy() {
        return new Notifier.ChangedBy.Workflow(version.name(), version.number());
    }
}
