package io.casework.application.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The step types a workflow may use, by name. */
public final class StepTypes {
    private final Map<String, StepType> byName = new LinkedHashMap<>();

    public StepTypes(StepType... types) {
        for (StepType type : types) {
            byName.put(type.name(), type);
        }
    }

    public Optional<StepType> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Set<String> names() {
        return byName.keySet();
    }
}
