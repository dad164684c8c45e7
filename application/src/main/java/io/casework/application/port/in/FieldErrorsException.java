package io.casework.application.port.in;

import io.casework.domain.shared.DomainException;
import java.util.List;

/** Several inputs are wrong at once; each entry names a field path and what is wrong with it. */
public final class FieldErrorsException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public FieldErrorsException(String code, String message, List<FieldError> errors) {
        super(code, message);
        this.errors = List.copyOf(errors);
    }

    public static FieldErrorsException validation(List<FieldError> errors) {
        return new FieldErrorsException("validation_failed", "the request has invalid fields", errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}
