package io.casework.application.port.out;

import java.util.Map;

/** Sends one event to a receiver over HTTP. */
public interface WebhookPoster {
    /**
     * POSTs {@code body} (JSON) with {@code headers}; returns the status code the receiver answered, whatever it is.
     *
     * @throws Failure when no answer came (refused, timed out, not a URL this poster may call)
     */
    int post(String url, Map<String, String> headers, String body);

    final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
