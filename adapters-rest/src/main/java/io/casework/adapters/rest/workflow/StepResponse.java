package io.casework.adapters.rest.workflow;

import io.casework.domain.workflow.Condition;
import io.casework.domain.workflow.StepDefinition;
import java.util.List;
import java.util.Map;

/**
 * A step of a draft or of a version as its author wrote it, in the shape a draft is sent, so that what is read
 * can be saved back; {@code when} is null for a step that always runs.
 */
public record StepResponse(String id, String type, Map<String, Object> config, boolean continueOnError,
                           ConditionResponse when) {
    public record ConditionResponse(String field, String op, Object value) {
        static ConditionResponse from(Condition condition) {
            return condition == null ? null
                    : new ConditionResponse(condition.field(), WorkflowWireNames.of(condition.op()), condition.value());
        }
    }

    static List<StepResponse> from(List<StepDefinition> steps) {
        return steps.stream().map(step -> new StepResponse(step.id(), step.type(), step.config(),
                step.continueOnError(), ConditionResponse.from(step.when()))).toList();
    }
}
