package io.casework.application.port.in;

import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.workflow.Condition;
import io.casework.domain.workflow.WorkflowId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run would do: whether the workflow's trigger starts for the case, each step in order, and, for a draft, what
 * keeps it from being published ({@code version} empty).
 */
public record DryRun(WorkflowId workflowId, Optional<Integer> version, boolean triggerMatches, List<Step> steps,
                     List<FieldError> validationErrors) {
    public DryRun {
        steps = List.copyOf(steps);
        validationErrors = List.copyOf(validationErrors);
    }

    /**
     * One step. {@code when}: its condition and what it gives, when the step has one and was reached. A step that
     * would not run ({@code wouldRun} false) has no outcome. {@code output}: what the run log would show.
     * {@code explanation}: how an assign_case step to a team chose, also when no member could take the case.
     */
    public record Step(String stepId, String type, boolean wouldRun, Optional<When> when, Optional<Boolean> succeeded,
                       Optional<String> errorCode, Optional<Assignee> assignee,
                       Optional<AssignmentExplanation> explanation, Map<String, Object> output) {
    }

    public record When(Condition condition, boolean result) {
    }
}
