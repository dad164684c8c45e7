package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.domain.organization.Plan;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An API key is read from the Authorization header only, and neither keys nor query strings reach the logs. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SecretsInLogsTest {
    static final Path REQUEST_LOG = requestLogFile();
    static final TestServer SERVER = new TestServer(
            // the bundled request log format, written to a file instead of standard output
            ConfigOverride.config("server.requestLog.appenders[0].type", "file"),
            ConfigOverride.config("server.requestLog.appenders[0].currentLogFilename", REQUEST_LOG.toString()),
            ConfigOverride.config("server.requestLog.appenders[0].archive", "false"));
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;

    @Test
    void aKeyInTheQueryStringIsNoKey() {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);

        TestServer.Response inQuery = SERVER.get(null, "/v1/organization?access_token=" + key);
        TestServer.Response inHeader = SERVER.get(key, "/v1/organization");
        TestServer.Response lowerCaseScheme = SERVER.send(null, "GET", "/v1/organization", null, null,
                "Authorization", "bearer " + key);

        assertThat(inQuery.status()).isEqualTo(401);
        assertThat(inQuery.body().get("code").asText()).isEqualTo("unauthorized");
        assertThat(inHeader.status()).isEqualTo(200);
        assertThat(lowerCaseScheme.status()).isEqualTo(200);
        assertThat(SERVER.send(null, "GET", "/v1/organization", null, null, "Authorization", "Basic " + key).status())
                .isEqualTo(401);
        assertThat(SERVER.send(null, "GET", "/v1/organization", null, null, "Authorization", "Bearer ").status())
                .isEqualTo(401);
    }

    @Test
    void theRequestLogHoldsThePathWithoutTheQueryString() throws Exception {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);

        SERVER.get(null, "/v1/organization?access_token=" + key);
        SERVER.get(key, "/v1/cases?status=open&key=s3cret-in-a-query&subject.reference_id=grace%40example.test");

        String log = awaitLines(2);
        assertThat(log).contains("\"GET /v1/organization HTTP/1.1\" 401", "\"GET /v1/cases HTTP/1.1\" ");
        assertThat(log).doesNotContain(key, key.substring(key.indexOf('.') + 1), "s3cret", "grace", "?");
    }

    private static String awaitLines(int count) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            String log = read();
            if (log.lines().filter(line -> line.contains("/v1/")).count() >= count) {
                return log;
            }
            Thread.sleep(50);
        }
        return read();
    }

    private static String read() {
        try {
            return Files.exists(REQUEST_LOG) ? Files.readString(REQUEST_LOG, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path requestLogFile() {
        try {
            return Files.createTempDirectory("casework-request-log-").resolve("requests.log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
