package io.casework.adapters.rest.http;

import io.casework.adapters.rest.error.Problem;
import io.casework.adapters.rest.error.ProblemCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Guards every request body before anything reads it: over 1 MiB is 413 (by Content-Length up front, and by
 * counting for chunked bodies), a body that is not {@code application/json} is 415, and a body declared
 * {@code Content-Encoding: gzip} that the server cannot inflate is 400.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class RequestBodyFilter implements ContainerRequestFilter {
    static final int MAX_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (announcedLength(request) > MAX_BYTES) {
            request.abortWith(Problem.of(ProblemCode.PAYLOAD_TOO_LARGE, "the body is over 1 MiB").toResponse());
            return;
        }
        boolean hasEntity;
        try {
            hasEntity = request.hasEntity();
        } catch (RuntimeException e) {
            if (!GzipFailures.isCause(e)) {
                throw e;
            }
            request.abortWith(Problem.of(ProblemCode.MALFORMED_REQUEST, GzipFailures.DETAIL).toResponse());
            return;
        }
        if (!hasEntity) {
            return;
        }
        if (!isJson(request.getMediaType())) {
            request.abortWith(Problem.of(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json")
                    .toResponse());
            return;
        }
        request.setEntityStream(new BoundedInputStream(GzipFailures.reported(request.getEntityStream()), MAX_BYTES));
    }

    /**
     * Content-Length as sent, or -1; read here because Jersey's own reading of it fails (a 500) past 2 GiB.
     * A malformed value is left to the connector, which refuses it before Jersey sees the request.
     */
    private static long announcedLength(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (header == null || !header.trim().matches("\\d{1,19}")) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException overflow) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && type.getType().equalsIgnoreCase("application")
                && type.getSubtype().equalsIgnoreCase("json");
    }
}
