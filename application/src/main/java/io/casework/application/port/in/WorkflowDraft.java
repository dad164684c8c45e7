package io.casework.application.port.in;

import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import java.util.List;
import java.util.Objects;

/** A draft as a client sends it; {@code name} may be null when saving (keep the current name). */
public record WorkflowDraft(String name, Trigger trigger, List<StepDefinition> steps) {
    public WorkflowDraft {
        Objects.requireNonNull(trigger, "trigger");
        steps = List.copyOf(steps);
    }
}
