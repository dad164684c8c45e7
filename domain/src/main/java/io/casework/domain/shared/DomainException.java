package io.casework.domain.shared;

/** A business rule refused an action. The code is stable and reaches API clients unchanged. */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
