package io.casework.application.service.workflow;

import io.casework.application.port.out.Notifier;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.Organization;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowVersion;

/**
 * What a step sees while it runs: who acts, how emails name the change, the organization, the case (locked), and the
 * ports its effects go through: the engine's batch, which holds the locks and writes everything at the end, or a dry
 * run's, which write nothing.
 */
public record StepContext(Actor actor, Notifier.ChangedBy changedBy, Organization organization, Case aCase,
                          RunBatch.Effects effects) {
    /** A run's step: the run acts, and emails name the workflow's version. */
    static StepContext of(WorkflowRun run, WorkflowVersion version, Organization organization, Case aCase,
                          RunBatch.Effects effects) {
        return new StepContext(Actor.workflowRun(run.id().value()), new Notifier.ChangedBy.Workflow(version.name(),
                version.number()), organization, aCase, effects);
    }
}
