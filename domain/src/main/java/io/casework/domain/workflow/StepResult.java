package io.casework.domain.workflow;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** What one step of a run did; a failure is a value here, never an exception escaping the engine. */
public record StepResult(String stepId, String type, Status status, String errorCode, String errorMessage,
                         Map<String, Object> output, Instant startedAt, Instant finishedAt) {
    public enum Status {
        SUCCEEDED, FAILED, SKIPPED
    }

    public StepResult {
        Objects.requireNonNull(stepId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(status);
        output = output == null ? Map.of() : io.casework.domain.cases.JsonTree.copyOf(output);
    }

    public static StepResult succeeded(StepDefinition step, Map<String, Object> output, Instant started, Instant now) {
        return new StepResult(step.id(), step.type(), Status.SUCCEEDED, null, null, output, started, now);
    }

    public static StepResult failed(StepDefinition step, String code, String message, Instant started, Instant now) {
        return new StepResult(step.id(), step.type(), Status.FAILED, code, message, Map.of(), started, now);
    }

    public static StepResult skipped(StepDefinition step, Instant now) {
        return new StepResult(step.id(), step.type(), Status.SKIPPED, null, null, Map.of(), now, now);
    }
}
