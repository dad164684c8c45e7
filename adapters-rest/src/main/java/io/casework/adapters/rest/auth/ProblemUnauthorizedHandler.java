package io.casework.adapters.rest.auth;

import io.casework.adapters.rest.error.Problem;
import io.casework.adapters.rest.error.ProblemCode;
import io.dropwizard.auth.UnauthorizedHandler;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

public final class ProblemUnauthorizedHandler implements UnauthorizedHandler {
    @Override
    public Response buildResponse(String prefix, String realm) {
        return Response.fromResponse(Problem.of(ProblemCode.UNAUTHORIZED,
                        "send a valid API key as 'Authorization: Bearer <api_key>'").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, prefix + " realm=\"" + realm + "\"")
                .build();
    }
}
