package io.casework.adapters.rest.http;

import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.adapters.rest.error.Problem;
import io.casework.adapters.rest.error.ProblemCode;
import io.casework.application.port.in.IdempotentRequest;
import io.casework.application.port.in.IdempotentRequestUseCase;
import io.casework.application.port.in.IdempotentRequestUseCase.Answer;
import io.casework.application.port.in.IdempotentRequestUseCase.Claim;
import io.casework.application.port.in.IdempotentRequestUseCase.Claimed;
import io.casework.application.port.in.IdempotentRequestUseCase.InProgress;
import io.casework.application.port.in.IdempotentRequestUseCase.Replay;
import jakarta.annotation.Priority;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code Idempotency-Key} on POST, the HTTP side of {@link IdempotentRequestUseCase}: the first request with a key
 * claims it (after authentication, so keys are per organization, and before its body is read, so that every answer
 * counts); a retry with the same path and JSON body gets the first answer again without running, a different
 * request with the key is 422, and a retry while the first still runs is 409. A success is stored with its work by
 * {@link IdempotentPosts}; an error response is stored here, as written. A 5xx is not stored: the claim is released
 * so that a retry runs for real.
 */
@Priority(Priorities.USER)
public final class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {
    /** The request property holding the request's claim until its answer is stored. */
    static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final String HEADER = "Idempotency-Key";
    private static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    /** The headers stored with a response and sent again with its replay. */
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG);
    private static final String PENDING = IdempotencyFilter.class.getName() + ".pending";

    private final IdempotentRequestUseCase requests;

    public IdempotencyFilter(IdempotentRequestUseCase requests) {
        this.requests = requests;
    }

    /** A response on its way to the client, waiting for its body to be written before it is stored. */
    private record Pending(Claimed claimed, int status, Map<String, String> headers) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())
                || !(request.getSecurityContext().getUserPrincipal() instanceof CallerPrincipal caller)) {
            return;
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new BadRequestException(HEADER + " must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String fingerprint = RequestFingerprint.of(request.getMethod(), request.getUriInfo().getPath(), body);
        Claim claim = requests.claim(new IdempotentRequest(caller.organizationId(), key, fingerprint));
        if (claim instanceof Claimed claimed) {
            request.setProperty(CLAIM, claimed);
        } else if (claim instanceof Replay replay) {
            request.abortWith(response(replay.answer()).header(REPLAYED_HEADER, "true").build());
        } else if (claim instanceof InProgress) {
            request.abortWith(Problem.of(ProblemCode.CONFLICT, "a request with this " + HEADER
                    + " is still in progress; retry later").toResponse());
        } else {
            request.abortWith(Problem.of(ProblemCode.IDEMPOTENCY_KEY_REUSED, "this " + HEADER
                    + " was used with another request; send a new key for a new request").toResponse());
        }
    }

    /** A response whose claim is still held is an error: its work, if it ran, was rolled back. */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claimed claimed)) {
            return;
        }
        request.removeProperty(CLAIM);
        if (response.getStatus() >= 500) {
            requests.release(claimed);
            return;
        }
        Map<String, String> headers = replayedHeaders(response::getHeaderString);
        if (response.hasEntity()) {
            request.setProperty(PENDING, new Pending(claimed, response.getStatus(), headers));
        } else {
            requests.answer(claimed, new Answer(response.getStatus(), headers, ""));
        }
    }

    /** Stores the body exactly as serialized, then sends it; a body that fails to serialize releases the key. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(PENDING) instanceof Pending pending)) {
            context.proceed();
            return;
        }
        context.removeProperty(PENDING);
        OutputStream client = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        context.setOutputStream(body);
        try {
            context.proceed();
        } catch (IOException | RuntimeException e) {
            requests.release(pending.claimed());
            throw e;
        }
        requests.answer(pending.claimed(),
                new Answer(pending.status(), pending.headers(), body.toString(StandardCharsets.UTF_8)));
        body.writeTo(client);
        context.setOutputStream(client);
    }

    /** The headers worth storing with a response, read by {@code header} (null when absent). */
    static Map<String, String> replayedHeaders(Function<String, String> header) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = header.apply(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    /** The response a stored answer encodes, sent as it was stored. */
    static Response.ResponseBuilder response(Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.code())
                .entity(answer.body().getBytes(StandardCharsets.UTF_8));
        answer.metadata().forEach(response::header);
        return response;
    }
}
