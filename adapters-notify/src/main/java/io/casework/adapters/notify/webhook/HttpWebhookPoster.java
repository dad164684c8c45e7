package io.casework.adapters.notify.webhook;

import io.casework.application.port.out.WebhookPoster;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Clock;

/**
 * Posts events with the JDK's HTTP client. Receivers are other people's servers, so it is careful with them: a
 * connect and a whole-request timeout, redirects not followed (a 3xx is a failed attempt), at most
 * {@link #MAX_RESPONSE_BYTES} of an answer read, and, unless allowed, no address that is not public (loopback,
 * private networks, link-local such as cloud metadata services), so an API client cannot make the server call into
 * its own network. The address is checked when resolved, before the connection: a name that resolves differently
 * between the two (DNS rebinding) is not caught; a proxy that enforces egress rules is the stronger guard.
 */
public final class HttpWebhookPoster implements WebhookPoster {
    static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final boolean allowPrivateAddresses;
    private final Clock clock;

    public HttpWebhookPoster(Duration connectTimeout, Duration requestTimeout, boolean allowPrivateAddresses,
                             Clock clock) {
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    @Override
    public int post(String url, String secret, String eventId, String body) {
        URI uri = URI.create(url);
        if (!allowPrivateAddresses) {
            checkPublic(uri.getHost());
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Casework-Webhooks/1")
                .header("Casework-Event-Id", eventId)
                .header("Casework-Signature", WebhookSignature.header(secret, clock.instant().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream answer = response.body()) {
                answer.readNBytes(MAX_RESPONSE_BYTES); // read, so the connection can be reused; the rest is dropped
            }
            return response.statusCode();
        } catch (IOException e) {
            throw new Failure(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted", e);
        }
    }

    private static void checkPublic(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new Failure("unknown host " + host, e);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new Failure("refused: " + host + " resolves to a non-public address", null);
            }
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // carrier-grade NAT 100.64/10, and 0/8
            return !(first == 100 && second >= 64 && second < 128) && first != 0;
        }
        return (bytes[0] & 0xfe) != 0xfc; // unique local fc00::/7
    }
}
