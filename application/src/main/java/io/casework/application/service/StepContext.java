package io.casework.application.service;

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

    /** How emails name this change. */
    public String changedBy() {
        return "workflow " + version.name() + " (version " + version.number() + ")";
    }
}
