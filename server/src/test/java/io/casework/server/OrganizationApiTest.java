package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.domain.organization.Plan;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class OrganizationApiTest {
    static final TestServer SERVER = new TestServer();
    static final io.dropwizard.testing.junit5.DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;

    @Test
    void anOrganizationSeesItselfWithItsUsage() {
        String key = SERVER.newOrganization("Acme", Plan.STARTUP_PROGRAM);

        TestServer.Response response = SERVER.get(key, "/v1/organization");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("id").asText()).startsWith("org_");
        assertThat(response.body().get("name").asText()).isEqualTo("Acme");
        assertThat(response.body().get("plan").asText()).isEqualTo("startup_program");
        assertThat(response.body().at("/usage/assign_case_executions").asInt()).isZero();
        assertThat(response.body().at("/usage/assign_case_limit").asInt()).isEqualTo(100);
        assertThat(response.body().at("/usage/period").asText()).matches("\\d{4}-\\d{2}");
    }

    @Test
    void anUnlimitedPlanHasANullLimit() {
        String key = SERVER.newOrganization("Big", Plan.ENTERPRISE);

        assertThat(SERVER.get(key, "/v1/organization").body().at("/usage/assign_case_limit").isNull()).isTrue();
    }

    @Test
    void aMissingKeyIsAProblem401() {
        TestServer.Response response = SERVER.get(null, "/v1/organization");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("code").asText()).isEqualTo("unauthorized");
        assertThat(response.body().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aWrongKeyIsA401() {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);

        assertThat(SERVER.get(key + "x", "/v1/organization").status()).isEqualTo(401);
        assertThat(SERVER.get("key_abc.def", "/v1/organization").status()).isEqualTo(401);
        assertThat(SERVER.get("garbage", "/v1/organization").status()).isEqualTo(401);
    }

    @Test
    void anUnknownRouteIsAProblem404() {
        TestServer.Response response = SERVER.get(null, "/v1/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("code").asText()).isEqualTo("not_found");
    }

    @Test
    void errorsJettyAnswersBeforeTheApiAreProblemJsonToo() {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);

        TestServer.Response badEncoding = SERVER.get(key, "/v1/cases/%C0%AF");
        TestServer.Response ambiguous = SERVER.send(key, "PATCH", "/v1/cases/..%2F..%2Fv1%2Forganization", "{}",
                "application/json");

        for (TestServer.Response response : java.util.List.of(badEncoding, ambiguous)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().get("code").asText()).isEqualTo("malformed_request");
        }
    }

    @Test
    void theAdminPortAnswersPingAndAHealthCheckThatQueriesTheDatabase() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + SERVER.adminPort();

        HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(base + "/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/healthcheck")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ping.body().trim()).isEqualTo("pong");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\":{\"healthy\":true");
    }
}
