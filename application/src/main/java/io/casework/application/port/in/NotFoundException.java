package io.casework.application.port.in;

import io.casework.domain.shared.DomainException;

/** The thing asked for does not exist in the caller's organization (or belongs to another). */
public final class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, String id) {
        super("not_found", what + " " + id + " was not found");
    }
}
