package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With an SMTP server configured that does not answer, /healthcheck says so and /ping does not care. */
@ExtendWith(DropwizardExtensionsSupport.class)
class EmailHealthCheckTest {
    static final TestServer SERVER = new TestServer(ConfigOverride.config("smtp.host", "127.0.0.1"),
            ConfigOverride.config("smtp.port", Integer.toString(closedPort())),
            ConfigOverride.config("smtp.timeoutMs", "1000"));
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;

    @Test
    void anUnreachableSmtpServerMakesTheHealthCheckUnhealthy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String admin = "http://127.0.0.1:" + SERVER.adminPort();

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(admin + "/healthcheck")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(admin + "/ping")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(500);
        assertThat(health.body()).contains("\"email\":{\"healthy\":false").contains("\"database\":{\"healthy\":true");
        assertThat(ping.statusCode()).isEqualTo(200);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
