package io.casework.adapters.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/**
 * Not JSON, or not an object: 400. JSON that breaks the schema (wrong type, unknown field or enum value): 422
 * naming the field's path, such as {@code steps[0].config.assignee_id}.
 */
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        if (tooLarge(e)) {
            return Problem.of(ProblemCode.PAYLOAD_TOO_LARGE, "the body is over 1 MiB").toResponse();
        }
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return Problem.of(ProblemCode.MALFORMED_REQUEST, "the body must be a JSON object").toResponse();
        }
        String field = JsonPaths.of(mapping.getPath());
        return Problem.withErrors(ProblemCode.VALIDATION_FAILED, "the request has invalid fields",
                List.of(new FieldError(field, message(mapping)))).toResponse();
    }

    /** Jackson wraps what the size-limited body stream throws while it fills a record. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "is not one of the allowed values";
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + JsonPaths.describe(mismatched.getTargetType());
        }
        return "has the wrong type";
    }
}
