package io.casework.adapters.rest.workflow;

import io.casework.adapters.rest.dto.WireNames;
import io.casework.domain.workflow.Workflow;
import java.time.Instant;
import java.util.List;

/** {@code published_version} is the version that runs, null before the first publish. */
public record WorkflowResponse(String id, String name, String status, Draft draft, Integer publishedVersion,
                               Instant createdAt, Instant updatedAt, long version) {
    /** What the next publish would freeze. */
    public record Draft(TriggerResponse trigger, List<StepResponse> steps) {
    }

    public static WorkflowResponse from(Workflow workflow) {
        return new WorkflowResponse(workflow.id().value(), workflow.name(), WireNames.of(workflow.status()),
                new Draft(TriggerResponse.from(workflow.trigger()), StepResponse.from(workflow.steps())),
                workflow.publishedVersion(), workflow.createdAt(), workflow.updatedAt(), workflow.version());
    }
}
