package io.casework.application.service.workflow;

import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.domain.workflow.StepAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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

    /** The constant a string key names among {@code choices}, or null when absent or not one of them. */
    <E> E choice(String key, Map<String, E> choices) {
        String value = string(key);
        return value == null ? null : choices.get(value);
    }

    /** The constants of an enum by the names a config writes them with. */
    static <E extends Enum<E>> Map<String, E> byWireName(E[] constants, Function<E, String> wireName) {
        return Arrays.stream(constants).collect(Collectors.toUnmodifiableMap(wireName, Function.identity()));
    }

    List<FieldError> errors() {
        return errors;
    }

    /** The action built by {@code action} when no error was found, else the errors; the action is built only then. */
    <A extends StepAction> StepType.Parsed<A> parsed(Supplier<A> action) {
        return errors.isEmpty() ? new StepType.Parsed<>(action.get(), List.of()) : new StepType.Parsed<>(null, errors);
    }
}
