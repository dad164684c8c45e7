package io.casework.adapters.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document with the stable machine {@code code} clients switch on. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Problem of(ProblemCode code, String detail) {
        return new Problem("urn:casework:problem:" + code.wireName(), code.title(), code.status(), detail,
                code.wireName(), null);
    }

    public static Problem withErrors(ProblemCode code, String detail, List<FieldError> errors) {
        return new Problem("urn:casework:problem:" + code.wireName(), code.title(), code.status(), detail,
                code.wireName(), List.copyOf(errors));
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
