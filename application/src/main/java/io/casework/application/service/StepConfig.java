package io.casework.application.service;

import io.casework.application.port.in.FieldErrorsException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a step's JSON config, collecting one error per bad field instead of stopping at the first. */
final class StepConfig {
    private final Map<String, Object> config;
    private final String path;
    private final List<FieldError> errors = new ArrayList<>();

    StepConfig(Map<String, Object> config, String path) {
        this.config = config;
        this.path = path;
    }

    StepConfig allowOnly(Set<String> keys) {
        config.keySet().stream().filter(k -> !keys.contains(k)).sorted()
                .forEach(k -> errors.add(new FieldError(path + "." + k, "is not a known field")));
        return this;
    }

    /** A string key with one of {@code allowed} values (any string when allowed is empty), if present. */
    StepConfig optionalString(String key, Set<String> allowed) {
        Object value = config.get(key);
        if (value == null) {
            return this;
        }
        if (!(value instanceof String s)) {
            errors.add(new FieldError(path + "." + key, "must be a string"));
        } else if (!allowed.isEmpty() && !allowed.contains(s)) {
            errors.add(new FieldError(path + "." + key, "must be one of " + String.join(", ", allowed.stream().sorted().toList())));
        }
        return this;
    }

    StepConfig required(String key) {
        if (config.get(key) == null) {
            errors.add(new FieldError(path + "." + key, "is required"));
        }
        return this;
    }

    void error(String key, String message) {
        errors.add(new FieldError(path + "." + key, message));
    }

    String string(String key) {
        return config.get(key) instanceof String s ? s : null;
    }

    List<FieldError> errors() {
        return errors;
    }
}
