package io.casework.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches the API (a malformed URI, a header too large), as
 * problem+json like every other error, instead of an HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {
    private static final String PROBLEM_JSON = "application/problem+json";

    /** Jetty writes error bodies for GET and POST only; every method of the API gets its problem. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, PROBLEM_JSON);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, PROBLEM_JSON));
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int status) {
        String code = switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "malformed_request";
        };
        String title = HttpStatus.getMessage(status);
        return ("{\"type\":\"urn:casework:problem:" + code + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + title.toLowerCase(java.util.Locale.ROOT) + "\",\"code\":\"" + code + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
