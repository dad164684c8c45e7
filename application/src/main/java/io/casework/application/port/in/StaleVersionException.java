package io.casework.application.port.in;

import io.casework.domain.shared.DomainException;

/** The client's copy (If-Match) or a concurrent writer's is older than what is stored. */
public final class StaleVersionException extends DomainException {
    private static final long serialVersionUID = 1L;

    public StaleVersionException(String what, String id) {
        super("precondition_failed", what + " " + id + " was changed by someone else; fetch it again");
    }
}
