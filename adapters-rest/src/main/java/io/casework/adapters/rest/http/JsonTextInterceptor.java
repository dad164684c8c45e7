package io.casework.adapters.rest.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads a JSON body once before the resource's reader does, for what that reader would pass on or get wrong:
 * <ul>
 *   <li>bytes that are not UTF-8: 400 (the body is malformed, whatever field they sit in);</li>
 *   <li>a key given twice in one object: 400 (not silently the last one);</li>
 *   <li>a string holding U+0000, which PostgreSQL refuses in text and jsonb, or a lone UTF-16 surrogate
 *       ({@code "\ud800"}), which no UTF-8 text can hold: 422 naming the field, as a key or a value at any depth;</li>
 *   <li>a number no decimal can hold ({@code 1e2147483648}), or that PostgreSQL's jsonb cannot (more than
 *       {@value #INTEGER_DIGITS} digits before the point, {@code 0.1e999999999}, or {@value #FRACTION_DIGITS} after):
 *       422 naming the field.</li>
 * </ul>
 * It runs when a resource reads its body, after routing and authentication (an unknown route or key still answers
 * 404 or 401). A body that is otherwise not a well-formed JSON object is left to the reader's own 400.
 */
public final class JsonTextInterceptor implements ReaderInterceptor {
    public static final String MESSAGE = "must not contain the NUL character (U+0000)";
    static final String SURROGATE = "must not contain a lone UTF-16 surrogate";
    static final String NUMBER = "is a number out of range";
    private static final int INTEGER_DIGITS = 131072;
    private static final int FRACTION_DIGITS = 16383;
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        if (!isUtf8(body)) {
            throw new BadRequestException("the body is not valid UTF-8");
        }
        List<FieldError> errors = fieldErrors(body);
        if (!errors.isEmpty()) {
            throw FieldErrorsException.validation(errors);
        }
        return context.proceed();
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static List<FieldError> fieldErrors(byte[] body) {
        List<FieldError> errors = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return List.of();
            }
            for (JsonToken token = parser.nextToken(); !endsBody(token, parser); token = parser.nextToken()) {
                if (token == null) {
                    return List.of();
                }
                String problem = switch (token) {
                    case FIELD_NAME, VALUE_STRING -> textProblem(parser.getText());
                    case VALUE_NUMBER_FLOAT -> numberProblem(parser);
                    default -> null;
                };
                if (problem != null) {
                    errors.add(new FieldError(path(parser.getParsingContext()), problem));
                }
            }
            return parser.nextToken() == null ? errors : List.of();
        } catch (JsonParseException malformed) {
            if (malformed.getMessage() != null && malformed.getMessage().startsWith("Duplicate field")) {
                throw new BadRequestException("the body gives a field twice in one object: "
                        + path(malformed.getProcessor().getParsingContext()));
            }
            return List.of();
        } catch (IOException malformed) {
            return List.of();
        }
    }

    private static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return MESSAGE;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return SURROGATE;
            }
        }
        return null;
    }

    private static String numberProblem(JsonParser parser) throws IOException {
        try {
            BigDecimal number = parser.getDecimalValue();
            boolean storable = (long) number.precision() - number.scale() <= INTEGER_DIGITS
                    && number.scale() <= FRACTION_DIGITS;
            return storable ? null : NUMBER;
        } catch (NumberFormatException | ArithmeticException outOfRange) {
            return NUMBER;
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
