package io.casework.adapters.rest.auth;

import com.codahale.metrics.Meter;
import io.casework.adapters.rest.error.Problem;
import io.casework.adapters.rest.error.ProblemCode;
import io.dropwizard.auth.UnauthorizedHandler;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

public final class ProblemUnauthorizedHandler implements UnauthorizedHandler {
    private final Meter refusals;

    /** @param refusals marks every request refused for its key: a burst is a client misconfigured, or a probe */
    public ProblemUnauthorizedHandler(Meter refusals) {
        this.refusals = refusals;
    }

    @Override
    public Response buildResponse(String prefix, String realm) {
        refusals.mark();
        return Response.fromResponse(Problem.of(ProblemCode.UNAUTHORIZED,
                        "send a valid API key as 'Authorization: Bearer <api_key>'").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, prefix + " realm=\"" + realm + "\"")
                .build();
    }
}
