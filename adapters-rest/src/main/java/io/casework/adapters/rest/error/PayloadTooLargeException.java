package io.casework.adapters.rest.error;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** A request body grew past the limit while being read; mapped to 413 like any Jersey refusal. */
public final class PayloadTooLargeException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException() {
        super("the body is over 1 MiB", Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
}
