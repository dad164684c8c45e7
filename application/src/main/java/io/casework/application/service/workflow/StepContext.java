package io.casework.application.service.workflow;

import io.casework.application.port.out.Notifier;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.Organization;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowVersion;

/**
 * What a step sees while it runs: the run, its version, the organization, the case (locked), and the ports its
 * effects go through: the engine's batch, which holds the locks and writes everything at the end.
 */
public record StepContext(WorkflowRun run, WorkflowVersion version, Organization organization, Case aCase,
                          RunBatch.Effects effects) {
    public Actor actor() {
        return Actor.workflowRun(run.id().value());
    }

    /** Who emails say made this change. */
    public Notifier.ChangedBy changedBy() {
        return new Notifier.ChangedBy.Workflow(version.name(), version.number());
    }
}
