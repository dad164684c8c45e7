package io.casework.application.port.in;

import io.casework.domain.shared.DomainException;

/** The request clashes with the current state (a duplicate email, a resolved case, a workflow not published). */
public final class ConflictException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super("conflict", message);
    }
}
