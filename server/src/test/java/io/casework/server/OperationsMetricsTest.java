package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.domain.organization.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin port's metrics, in Dropwizard's JSON and in Prometheus text format, move with what happens. */
@ExtendWith(DropwizardExtensionsSupport.class)
class OperationsMetricsTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;

    private static HttpResponse<String> admin(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + SERVER.adminPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void prometheusTextCarriesTheBacklogCasesAndRefusedKeys() throws Exception {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);
        SERVER.get("key_nothere.wrong", "/v1/organization");
        SERVER.get(null, "/v1/organization");
        assertThat(SERVER.get(key, "/v1/organization").status()).isEqualTo(200);
        assertThat(SERVER.post(key, "/v1/cases", "{\"case_type\":\"fraud\"}").status()).isEqualTo(201);

        HttpResponse<String> prometheus = admin("/metrics/prometheus");

        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(prometheus.body()).contains("casework_runs_queued 0.0", "casework_emails_pending 0.0",
                "casework_emails_failed 0.0", "casework_webhooks_pending 0.0", "casework_webhooks_failed 0.0",
                "casework_api_authentication_failures_total 2.0",
                "casework_cases_created 1.0");
        assertThat(admin("/metrics").body()).contains("\"casework.runs.queued\"");
    }
}
