package io.casework.adapters.rest.workflow;

import io.casework.domain.workflow.WorkflowVersion;
import java.time.Instant;
import java.util.List;

/** A published, immutable version, its steps as their author wrote them; {@code version} is its number. */
public record WorkflowVersionResponse(String workflowId, int version, String name, TriggerResponse trigger,
                                      List<StepResponse> steps, Instant publishedAt) {
    public static WorkflowVersionResponse from(WorkflowVersion version) {
        return new WorkflowVersionResponse(version.workflowId().value(), version.number(), version.name(),
                TriggerResponse.from(version.trigger()), StepResponse.from(version.definitions()),
                version.publishedAt());
    }
}
