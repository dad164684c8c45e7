package io.casework.adapters.rest.error;

import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.domain.shared.DomainException;
import io.casework.domain.shared.InvalidValueException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/** Business refusals become problems with their own code; unknown codes are refusals of an assignment (422). */
public final class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
        if (e instanceof FieldErrorsException fields) {
            return problem(e.code(), e.getMessage(), fields.errors()).toResponse();
        }
        if (e instanceof InvalidValueException invalid) {
            return problem(e.code(), "the request has invalid fields",
                    List.of(new FieldError(invalid.field(), invalid.getMessage()))).toResponse();
        }
        return problem(e.code(), e.getMessage(), null).toResponse();
    }

    private static Problem problem(String code, String detail, List<FieldError> errors) {
        ProblemCode known = ProblemCode.fromWireName(code).orElse(null);
        String type = "urn:casework:problem:" + code;
        if (known == null) {
            return new Problem(type, "Unprocessable request", 422, detail, code, errors);
        }
        return new Problem(type, known.title(), known.status(), detail, code, errors);
    }
}
