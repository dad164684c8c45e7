package io.casework.application.service.workflow;

import io.casework.domain.shared.DomainException;
import io.casework.domain.workflow.PublishedStep;
import io.casework.domain.workflow.StepAction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The step types a workflow may use, by name. */
public final class StepTypes {
    private final Map<String, StepType<?>> byName = new LinkedHashMap<>();

    public StepTypes(StepType<?>... types) {
        for (StepType<?> type : types) {
            byName.put(type.name(), type);
        }
    }

    public Optional<StepType<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Set<String> names() {
        return byName.keySet();
    }

    /**
     * Executes a published step's action with the type that parsed it.
     *
     * @throws DomainException {@code unknown_step_type} when this process has no such type, or what the step throws
     */
    Map<String, Object> execute(StepContext context, PublishedStep step) {
        String name = step.definition().type();
        StepType<?> type = find(name).orElseThrow(() -> new DomainException("unknown_step_type",
                "step type " + name + " is not available"));
        return execute(type, context, step.action());
    }

    private static <A extends StepAction> Map<String, Object> execute(StepType<A> type, StepContext context,
                                                                      StepAction action) {
        return type.execute(context, type.actionType().cast(action));
    }
}
