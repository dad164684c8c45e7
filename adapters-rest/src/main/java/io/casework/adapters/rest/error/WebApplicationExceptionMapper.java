package io.casework.adapters.rest.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Jersey's own refusals (unknown route, wrong method, wrong content type) as problems. */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        ProblemCode code = switch (status) {
            case 401 -> ProblemCode.UNAUTHORIZED;
            case 404 -> ProblemCode.NOT_FOUND;
            case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
            case 406 -> ProblemCode.NOT_ACCEPTABLE;
            case 413 -> ProblemCode.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemCode.INTERNAL_ERROR : ProblemCode.MALFORMED_REQUEST;
        };
        String detail = switch (code) {
            case NOT_FOUND -> "no such resource";
            case UNSUPPORTED_MEDIA_TYPE -> "send the body as application/json";
            case PAYLOAD_TOO_LARGE -> "the body is over 1 MiB";
            default -> e.getMessage();
        };
        Problem problem = Problem.of(code, detail);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(problem.type(), problem.title(), status, detail, problem.code(), null));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }
}
