package io.casework.adapters.rest.workflow;

import io.casework.adapters.rest.cases.AssignmentExplanationResponse;
import io.casework.adapters.rest.cases.AssignmentExplanationResponse.CandidateResponse;
import io.casework.application.port.in.DryRun;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a run of the workflow would do on the case; {@code version} is null for the draft. */
public record DryRunResponse(String workflowId, Integer version, boolean triggerMatches, List<Step> steps,
                             List<FieldError> validationErrors) {
    /**
     * {@code would}: {@code run} or {@code skip} (its condition is false, or an earlier step failed without
     * continue_on_error); {@code outcome} is null for a skipped step. {@code output}: what the run log would show.
     */
    public record Step(String stepId, String type, String would, When when, String outcome, String errorCode,
                       AssigneeResponse assignee, List<CandidateResponse> candidates, Map<String, Object> output) {
    }

    /** {@code expression}: the step's {@code when} as written. */
    public record When(StepResponse.ConditionResponse expression, boolean result) {
    }

    public record AssigneeResponse(String type, String id) {
    }

    public static DryRunResponse from(DryRun dryRun) {
        return new DryRunResponse(dryRun.workflowId().value(), dryRun.version().orElse(null), dryRun.triggerMatches(),
                dryRun.steps().stream().map(DryRunResponse::step).toList(), dryRun.validationErrors());
    }

    private static Step step(DryRun.Step step) {
        return new Step(step.stepId(), step.type(), step.wouldRun() ? "run" : "skip",
                step.when().map(w -> new When(StepResponse.ConditionResponse.from(w.condition()), w.result()))
                        .orElse(null),
                step.succeeded().map(ok -> ok ? "succeeded" : "failed").orElse(null),
                step.errorCode().orElse(null),
                step.assignee().map(a -> new AssigneeResponse(a.kind().name().toLowerCase(Locale.ROOT), a.id()))
                        .orElse(null),
                step.explanation().map(AssignmentExplanationResponse::candidatesOf)
                        .orElse(List.of()),
                step.output());
    }
}
