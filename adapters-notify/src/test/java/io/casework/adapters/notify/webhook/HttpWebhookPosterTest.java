package io.casework.adapters.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.casework.application.port.out.WebhookPoster;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The poster against a real HTTP server on this machine. */
class HttpWebhookPosterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private final AtomicReference<String> signature = new AtomicReference<>();
    private final AtomicReference<String> eventId = new AtomicReference<>();
    private final AtomicReference<String> received = new AtomicReference<>();
    private HttpServer server;

    @BeforeEach
    void receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            signature.set(exchange.getRequestHeaders().getFirst("Casework-Signature"));
            eventId.set(exchange.getRequestHeaders().getFirst("Casework-Event-Id"));
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Location", url("/ok"));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static HttpWebhookPoster poster(boolean allowPrivate) {
        return new HttpWebhookPoster(Duration.ofSeconds(5), Duration.ofSeconds(10), allowPrivate, CLOCK);
    }

    @Test
    void postsTheBodySignedWithTheSecretAndTheTimeStripesWay() throws Exception {
        String body = "{\"id\":\"evt_1\",\"type\":\"case.created\"}";

        int status = poster(true).post(url("/ok"), "whsec_abc", "evt_1", body);

        assertThat(status).isEqualTo(204);
        assertThat(received.get()).isEqualTo(body);
        assertThat(eventId.get()).isEqualTo("evt_1");
        long t = CLOCK.instant().getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("whsec_abc".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(signature.get()).isEqualTo("t=" + t + ",v1="
                + HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aRedirectIsAnAnswerNotFollowed() {
        assertThat(poster(true).post(url("/moved"), "whsec_abc", "evt_1", "{}")).isEqualTo(302);
        assertThat(received.get()).isNull();
    }

    @Test
    void aReceiverTooSlowToAnswerIsNoAnswer() {
        HttpWebhookPoster impatient = new HttpWebhookPoster(Duration.ofSeconds(5), Duration.ofMillis(300), true, CLOCK);
        assertThatThrownBy(() -> impatient.post(url("/slow"), "whsec_abc", "evt_1", "{}"))
                .isInstanceOf(WebhookPoster.Failure.class);
    }

    @Test
    void loopbackAndPrivateAddressesAreRefusedUnlessAllowed() throws Exception {
        assertThatThrownBy(() -> poster(false).post(url("/ok"), "whsec_abc", "evt_1", "{}"))
                .isInstanceOf(WebhookPoster.Failure.class).hasMessageContaining("non-public");
        assertThat(received.get()).isNull();
        for (String address : new String[] {"10.1.2.3", "192.168.0.1", "172.16.0.1", "169.254.169.254", "100.64.0.1",
                "0.0.0.0", "::1", "fd00::1", "fe80::1"}) {
            assertThat(HttpWebhookPoster.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
        assertThat(HttpWebhookPoster.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
        assertThat(HttpWebhookPoster.isPublic(InetAddress.getByName("2606:2800:220:1::1"))).isTrue();
    }
}
