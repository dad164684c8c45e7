package io.casework.domain.shared;

/** A value object was given a value it cannot hold; {@code field} names the offending input. */
public final class InvalidValueException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidValueException(String field, String message) {
        super("validation_failed", message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
