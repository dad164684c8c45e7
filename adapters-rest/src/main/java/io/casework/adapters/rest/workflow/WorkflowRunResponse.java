package io.casework.adapters.rest.workflow;

import io.casework.adapters.rest.dto.WireNames;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.WorkflowRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A run and its log, one record per step that ran, was skipped or failed; none yet while queued. */
public record WorkflowRunResponse(String id, String workflowId, int workflowVersion, RunTrigger trigger,
                                  String status, List<StepRecord> steps, Instant createdAt, Instant finishedAt) {
    /** What started the run: {@code case.created}, {@code case.sla_breached} or {@code manual}, for the case it runs on. */
    public record RunTrigger(String event, String caseId) {
    }

    /** {@code error} is null unless the step failed. */
    public record StepRecord(String stepId, String type, String status, StepError error, Map<String, Object> output,
                             Instant startedAt, Instant finishedAt) {
        static StepRecord from(StepResult result) {
            StepError error = result.errorCode() == null ? null
                    : new StepError(result.errorCode(), result.errorMessage());
            return new StepRecord(result.stepId(), result.type(), WireNames.of(result.status()), error,
                    result.output(), result.startedAt(), result.finishedAt());
        }
    }

    /** A step's refusal code, such as {@code no_eligible_assignee}, and what it means for this run. */
    public record StepError(String code, String message) {
    }

    public static WorkflowRunResponse from(WorkflowRun run) {
        return new WorkflowRunResponse(run.id().value(), run.workflowId().value(), run.workflowVersion(),
                new RunTrigger(WorkflowWireNames.of(run.triggerEvent()), run.caseId().value()),
                WireNames.of(run.status()), run.steps().stream().map(StepRecord::from).toList(), run.createdAt(),
                run.finishedAt());
    }
}
