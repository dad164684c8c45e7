package io.casework.domain.workflow;

import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One execution of a workflow version for one case; its step results are its log. */
public record WorkflowRun(WorkflowRunId id, OrganizationId organizationId, WorkflowId workflowId, int workflowVersion,
                          Trigger.Event triggerEvent, CaseId caseId, Status status, List<StepResult> steps,
                          Instant createdAt, Instant finishedAt) {
    public enum Status {
        QUEUED, RUNNING, SUCCEEDED, FAILED
    }

    public WorkflowRun {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(workflowId);
        Objects.requireNonNull(triggerEvent);
        Objects.requireNonNull(caseId);
        Objects.requireNonNull(status);
        steps = List.copyOf(steps);
        Objects.requireNonNull(createdAt);
    }

    public static WorkflowRun queue(WorkflowRunId id, WorkflowVersion version, Trigger.Event event, CaseId caseId,
                                    Instant now) {
        return new WorkflowRun(id, version.organizationId(), version.workflowId(), version.number(), event, caseId,
                Status.QUEUED, List.of(), now, null);
    }

    public boolean hasResultFor(String stepId) {
        return steps.stream().anyMatch(s -> s.stepId().equals(stepId));
    }
}
