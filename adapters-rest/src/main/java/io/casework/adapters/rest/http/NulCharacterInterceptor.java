package io.casework.adapters.rest.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * PostgreSQL refuses U+0000 in text and jsonb, so a body string holding it, as a key or a value at any depth, is
 * a 422 naming the field here instead of a 500 from the database. It runs when a resource reads its body, after
 * routing and authentication (an unknown route or key still answers 404 or 401); a body that is not a
 * well-formed JSON object is left to the reader's own 400.
 */
public final class NulCharacterInterceptor implements ReaderInterceptor {
    static final String MESSAGE = "must not contain the NUL character (U+0000)";
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        List<FieldError> errors = fieldsHoldingNul(body);
        if (!errors.isEmpty()) {
            throw FieldErrorsException.validation(errors);
        }
        return context.proceed();
    }

    private static List<FieldError> fieldsHoldingNul(byte[] body) {
        List<FieldError> errors = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return List.of();
            }
            for (JsonToken token = parser.nextToken(); !endsBody(token, parser); token = parser.nextToken()) {
                if (token == null) {
                    return List.of();
                }
                if ((token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING)
                        && parser.getText().indexOf('\0') >= 0) {
                    errors.add(new FieldError(path(parser.getParsingContext()), MESSAGE));
                }
            }
            return parser.nextToken() == null ? errors : List.of();
        } catch (IOException malformed) {
            return List.of();
        }
    }

    private static boolean endsBody(JsonToken token, JsonParser parser) {
        return token == JsonToken.END_OBJECT && parser.getParsingContext().inRoot();
    }

    /** {@code steps[0].config.case}, as {@link io.casework.adapters.rest.error.JsonPaths} writes Jackson's paths. */
    private static String path(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            segments.addFirst(at.inArray() ? "[" + at.getCurrentIndex() + "]" : "." + at.getCurrentName());
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
