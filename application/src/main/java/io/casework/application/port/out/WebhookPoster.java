package io.casework.application.port.out;

/** Sends one event to a receiver over HTTP. */
public interface WebhookPoster {
    /**
     * POSTs {@code body} (JSON), signed with {@code secret} and carrying {@code eventId}, as docs/API.md says
     * ({@code Casework-Signature}, {@code Casework-Event-Id}); returns the status code the receiver answered,
     * whatever it is.
     *
     * @throws Failure when no answer came (refused, timed out, not a URL this poster may call)
     */
    int post(String url, String secret, String eventId, String body);

    final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
