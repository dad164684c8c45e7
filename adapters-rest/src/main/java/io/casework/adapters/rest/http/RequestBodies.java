package io.casework.adapters.rest.http;

import jakarta.ws.rs.BadRequestException;

/** Jersey hands an empty body (or the JSON literal null) to a resource as null: that is a malformed request. */
public final class RequestBodies {
    private RequestBodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("the body must be a JSON object");
        }
        return body;
    }
}
