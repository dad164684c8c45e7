package io.casework.domain.workflow;

import io.casework.domain.cases.JsonTree;
import java.util.Map;
import java.util.Objects;

/** One step of a workflow as its author wrote it; its type decides what {@code config} must hold. */
public record StepDefinition(String id, String type, Map<String, Object> config, boolean continueOnError,
                             Condition when) {
    public StepDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        config = JsonTree.copyOf(config);
    }
}
