package io.casework.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.adapters.rest.error.Problem;
import io.casework.adapters.rest.error.ProblemCode;
import io.casework.application.port.in.IdempotentRequestUseCase;
import io.casework.application.port.in.IdempotentRequestUseCase.Answer;
import io.casework.application.port.in.IdempotentRequestUseCase.Claimed;
import io.casework.application.port.in.IdempotentRequestUseCase.Done;
import io.casework.application.port.in.IdempotentRequestUseCase.Outcome;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the work of a POST resource method. When {@link IdempotencyFilter} claimed the request's
 * {@code Idempotency-Key}, the work runs through {@link IdempotentRequestUseCase#run}: the use case's own
 * transaction joins the one its response is stored in, so a crash after the work commits leaves its response
 * stored, and a retry gets it instead of doing the work again. The body is serialized here, with the API's
 * mapper, and sent as stored. A failure rolls the work back and its error response is stored by the filter.
 */
public final class IdempotentPosts {
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;

    private final IdempotentRequestUseCase requests;
    private final ObjectMapper mapper;

    public IdempotentPosts(IdempotentRequestUseCase requests, ObjectMapper mapper) {
        this.requests = requests;
        this.mapper = mapper;
    }

    public Response run(ContainerRequestContext request, Supplier<Response> work) {
        if (!(request.getProperty(IdempotencyFilter.CLAIM) instanceof Claimed claimed)) {
            return work.get();
        }
        Outcome outcome = requests.run(claimed, () -> answer(work.get()));
        request.removeProperty(IdempotencyFilter.CLAIM);
        if (outcome instanceof Done done) {
            return IdempotencyFilter.response(done.answer()).build();
        }
        // a retry took the claim over: it does the work, this request's was rolled back
        return Problem.of(ProblemCode.CONFLICT, "a retry of this request with the same Idempotency-Key took its "
                + "place; retry to get its response").toResponse();
    }

    private Answer answer(Response response) {
        Map<String, String> headers = IdempotencyFilter.replayedHeaders(response::getHeaderString);
        if (!response.hasEntity()) {
            return new Answer(response.getStatus(), headers, "");
        }
        headers.put(HttpHeaders.CONTENT_TYPE, JSON.toString());
        return new Answer(response.getStatus(), headers, serialize(response.getEntity()));
    }

    private String serialize(Object entity) {
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
