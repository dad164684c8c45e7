package io.casework.adapters.rest.resource;

import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.adapters.rest.error.Problem;
import io.casework.adapters.rest.error.ProblemCode;
import io.casework.application.port.out.IdempotencyStore;
import io.casework.application.port.out.IdempotencyStore.Claim;
import io.casework.application.port.out.IdempotencyStore.ClaimRequest;
import io.casework.application.port.out.IdempotencyStore.StoredResponse;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code Idempotency-Key} on POST: the first request with a key claims it (after authentication, so keys are
 * per organization) and its final response is stored as written: a success by {@link IdempotentInvocations}, in
 * the transaction of the work, and an error response here; a retry with the same path and JSON body gets
 * that response again without running, a different request with the key is 422, and a retry while the first
 * still runs is 409. A 5xx is not stored: the claim is released so that a retry runs for real.
 */
@Priority(Priorities.USER)
public final class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {
    private static final String HEADER = "Idempotency-Key";
    private static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    private static final Duration RETENTION = Duration.ofHours(24);
    /** A claim this old without a response belongs to a process that most likely died. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
    /** The headers stored with a response and sent again with its replay. */
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG);
    private static final String PENDING = IdempotencyFilter.class.getName() + ".pending";

    private final IdempotencyStore store;
    private final Clock clock;

    public IdempotencyFilter(IdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A response on its way to the client, waiting for its body to be written before it is stored. */
    private record Pending(HeldClaim held, int status, Map<String, String> headers) {
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
        Instant now = clock.instant();
        HeldClaim held = new HeldClaim(caller.organizationId(), key, UUID.randomUUID().toString());
        Claim claim = store.claim(new ClaimRequest(held.organizationId(), key, held.token(), fingerprint, now,
                now.minus(ABANDONED_AFTER), now.minus(RETENTION)));
        if (claim.acquired()) {
            request.setProperty(HeldClaim.PROPERTY, held);
        } else if (!claim.fingerprint().equals(fingerprint)) {
            request.abortWith(Problem.of(ProblemCode.IDEMPOTENCY_KEY_REUSED, "this " + HEADER
                    + " was used with another request; send a new key for a new request").toResponse());
        } else if (claim.response().isPresent()) {
            request.abortWith(replay(claim.response().get()));
        } else {
            request.abortWith(Problem.of(ProblemCode.CONFLICT, "a request with this " + HEADER
                    + " is still in progress; retry later").toResponse());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(HeldClaim.PROPERTY) instanceof HeldClaim held)) {
            return;
        }
        request.removeProperty(HeldClaim.PROPERTY);
        if (response.getStatus() >= 500) {
            held.release(store);
            return;
        }
        Map<String, String> headers = replayedHeaders(response::getHeaderString);
        if (response.hasEntity()) {
            request.setProperty(PENDING, new Pending(held, response.getStatus(), headers));
        } else {
            held.complete(store, new StoredResponse(response.getStatus(), headers, ""));
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
            pending.held().release(store);
            throw e;
        }
        pending.held().complete(store,
                new StoredResponse(pending.status(), pending.headers(), body.toString(StandardCharsets.UTF_8)));
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

    private static Response replay(StoredResponse stored) {
        Response.ResponseBuilder response = Response.status(stored.status())
                .entity(stored.body().getBytes(StandardCharsets.UTF_8))
                .header(REPLAYED_HEADER, "true");
        stored.headers().forEach(response::header);
        return response.build();
    }
}

