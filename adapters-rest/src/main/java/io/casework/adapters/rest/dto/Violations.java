package io.casework.adapters.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects what is wrong with a request, field by field, so that one 422 names every bad field instead of the
 * first. Values are parsed by the domain's own constructors; their {@link InvalidValueException} becomes an
 * error at the path the client used.
 */
public final class Violations {
    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Names each field of the JSON {@code object} at {@code path} that is not one of {@code known}. */
    public void unknownFields(JsonNode object, Set<String> known, String path) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                add(path.isEmpty() ? name : path + "." + name, "is not a known field");
            }
        });
    }

    /** Parses a value that must be present; null is "is required". */
    public <R, T> T required(String field, R raw, Function<R, T> parse) {
        if (raw == null) {
            add(field, "is required");
            return null;
        }
        return optional(field, raw, parse);
    }

    /** Parses a value that may be absent (null stays null). */
    public <R, T> T optional(String field, R raw, Function<R, T> parse) {
        if (raw == null) {
            return null;
        }
        try {
            return parse.apply(raw);
        } catch (InvalidValueException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    /** Builds a value whose own checks name their fields (such as {@code subject.name}). */
    public <T> T check(Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            add(e.field(), e.getMessage());
            return null;
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** @throws FieldErrorsException 422 {@code validation_failed} listing every error, if there is any */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw FieldErrorsException.validation(errors);
        }
    }
}
