package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The HTTP API end to end on PostgreSQL: the conventions that only the real stack can show. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiOnPostgresTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;

    /**
     * Query parameter names are decoded to be checked against the endpoint's, on every endpoint: one that is not
     * percent-encoded right is an unknown parameter named as sent, not a server error.
     */
    @Test
    void aQueryParameterNameThatIsNotPercentEncodedRightIsNamedAsSent() throws IOException {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);
        for (String[] pathAndName : new String[][] {{"/v1/organization?%zz=1", "%zz"},
                {"/v1/cases?%e=1&status=open", "%e"}, {"/v1/cases?a%=1", "a%"}}) {
            try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
                socket.getOutputStream().write(("GET " + pathAndName[0] + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + key + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertThat(answer).as(pathAndName[0]).startsWith("HTTP/1.1 422 ").contains("application/problem+json",
                        "\"errors\":[{\"field\":\"" + pathAndName[1] + "\",\"message\":\"is not a known query "
                                + "parameter\"}]");
            }
        }
    }

    @Test
    void oneOrganizationCannotSeeOrTouchAnothersResources() {
        String acme = SERVER.newOrganization("Acme", Plan.GROWTH);
        String globex = SERVER.newOrganization("Globex", Plan.GROWTH);
        String caseId = SERVER.post(acme, "/v1/cases", "{\"case_type\":\"fraud\"}").body().get("id").asText();
        String staffId = SERVER.post(acme, "/v1/staff-members", "{\"email\":\"ada@acme.test\",\"name\":\"Ada\"}")
                .body().get("id").asText();

        assertThat(SERVER.get(globex, "/v1/cases/" + caseId).status()).isEqualTo(404);
        assertThat(SERVER.get(globex, "/v1/staff-members/" + staffId).status()).isEqualTo(404);
        assertThat(SERVER.send(globex, "PATCH", "/v1/cases/" + caseId, "{\"priority\":\"low\"}", "application/json")
                .status()).isEqualTo(404);
        assertThat(SERVER.get(globex, "/v1/cases?assignee_id=" + staffId).body().get("data")).isEmpty();
        TestServer.Response assign = SERVER.post(globex, "/v1/cases/"
                + SERVER.post(globex, "/v1/cases", "{\"case_type\":\"fraud\"}").body().get("id").asText() + "/assign",
                "{\"assignee_type\":\"individual\",\"assignee_id\":\"" + staffId + "\"}");
        assertThat(assign.status()).isEqualTo(422);
        assertThat(assign.body().get("code").asText()).isEqualTo("assignee_not_found");
        assertThat(assign.body().at("/errors/0/field").asText()).isEqualTo("assignee_id");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyReturnsTheFirstResponseAndCreatesNothing() {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);
        String body = "{\"case_type\":\"fraud\",\"priority\":\"high\"}";

        TestServer.Response first = SERVER.send(key, "POST", "/v1/cases", body, "application/json",
                "Idempotency-Key", "create-1");
        TestServer.Response retry = SERVER.send(key, "POST", "/v1/cases", "{ \"priority\":\"high\", \"case_type\":\"fraud\" }",
                "application/json", "Idempotency-Key", "create-1");
        TestServer.Response other = SERVER.send(key, "POST", "/v1/cases", "{\"case_type\":\"onboarding\"}",
                "application/json", "Idempotency-Key", "create-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().get("code").asText()).isEqualTo("idempotency_key_reused");
        assertThat(SERVER.get(key, "/v1/cases").body().get("data")).hasSize(1);
    }

    @Test
    void aPatchWithAStaleVersionIsRefusedWith412() throws Exception {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);
        String caseId = SERVER.post(key, "/v1/cases", "{\"case_type\":\"fraud\"}").body().get("id").asText();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        List<Future<Integer>> patches = new ArrayList<>();
        // every value differs from the default (normal), so each PATCH really writes
        for (String priority : List.of("low", "high", "urgent")) {
            patches.add(threads.submit(() -> SERVER.send(key, "PATCH", "/v1/cases/" + caseId,
                    "{\"priority\":\"" + priority + "\"}", "application/json", "If-Match", "\"1\"").status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : patches) {
            statuses.add(f.get(30, TimeUnit.SECONDS));
        }
        threads.shutdown();

        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        TestServer.Response now = SERVER.get(key, "/v1/cases/" + caseId);
        assertThat(now.body().get("version").asInt()).isEqualTo(2);
        assertThat(now.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void pagingWhileCasesAreBeingCreatedSeesEveryEarlierCaseExactlyOnce() throws Exception {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);
        Set<String> before = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            before.add(SERVER.post(key, "/v1/cases", "{\"case_type\":\"fraud\"}").body().get("id").asText());
        }
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> inserts = writer.submit(() -> {
            for (int i = 0; i < 30; i++) {
                SERVER.post(key, "/v1/cases", "{\"case_type\":\"fraud\"}");
            }
        });

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = SERVER.get(key, "/v1/cases?limit=7" + (cursor == null ? "" : "&cursor=" + cursor)).body();
            page.get("data").forEach(c -> seen.add(c.get("id").asText()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        } while (cursor != null);
        inserts.get(60, TimeUnit.SECONDS);
        writer.shutdown();

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(before);
    }

    @Test
    void aPublishedWorkflowAssignsANewCaseAndTheAssigneeIsEmailed() throws Exception {
        String key = SERVER.newOrganization("Acme", Plan.STARTUP_PROGRAM);
        String ada = SERVER.post(key, "/v1/staff-members", "{\"email\":\"ada@acme.test\",\"name\":\"Ada\"}")
                .body().get("id").asText();
        String workflow = SERVER.post(key, "/v1/workflows", "{\"name\":\"Route\",\"trigger\":{\"event\":\"case.created\"},"
                + "\"steps\":[{\"id\":\"assign\",\"type\":\"assign_case\",\"config\":{\"case\":\"trigger.case\","
                + "\"assignee_type\":\"individual\",\"assignee_id\":\"" + ada + "\"}}]}").body().get("id").asText();
        assertThat(SERVER.post(key, "/v1/workflows/" + workflow + "/publish", null).body()
                .get("published_version").asInt()).isEqualTo(1);

        String caseId = SERVER.post(key, "/v1/cases", "{\"case_type\":\"fraud\"}").body().get("id").asText();

        JsonNode assigned = poll(() -> SERVER.get(key, "/v1/cases/" + caseId).body(),
                c -> !c.get("assignee").isNull());
        assertThat(assigned.at("/assignee/id").asText()).isEqualTo(ada);
        assertThat(assigned.at("/assignee/assigned_by/type").asText()).isEqualTo("workflow_run");
        JsonNode run = SERVER.get(key, "/v1/workflow-runs?case_id=" + caseId).body().at("/data/0");
        assertThat(run.get("status").asText()).isEqualTo("succeeded");
        assertThat(run.at("/steps/0/output/assignee/id").asText()).isEqualTo(ada);
        assertThat(SERVER.get(key, "/v1/organization").body().at("/usage/assign_case_executions").asInt()).isEqualTo(1);
        JsonNode notification = poll(() -> SERVER.get(key, "/v1/notifications?case_id=" + caseId).body().at("/data/0"),
                n -> "sent".equals(n.path("status").asText()));
        assertThat(notification.at("/recipient/email").asText()).isEqualTo("ada@acme.test");
    }

    @Test
    void aBodyDeclaredGzipThatIsNotGzipIsA400AndARealGzipBodyIsRead() throws Exception {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);
        byte[] json = "{\"case_type\":\"fraud\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream gzipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(gzipped)) {
            gzip.write(json);
        }

        java.net.http.HttpResponse<String> plain = postEncoded(key, json, "gzip");
        java.net.http.HttpResponse<String> truncated = postEncoded(key,
                java.util.Arrays.copyOf(gzipped.toByteArray(), 12), "gzip");
        java.net.http.HttpResponse<String> real = postEncoded(key, gzipped.toByteArray(), "gzip");

        for (java.net.http.HttpResponse<String> refused : List.of(plain, truncated)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("\"code\":\"malformed_request\"");
        }
        assertThat(plain.body()).contains("not gzip");
        assertThat(real.statusCode()).as(real.body()).isEqualTo(201);
    }

    private static java.net.http.HttpResponse<String> postEncoded(String key, byte[] body, String encoding)
            throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + APP.getLocalPort() + "/v1/cases"))
                        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                        .header("Content-Encoding", encoding)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode poll(java.util.function.Supplier<JsonNode> read,
                                 java.util.function.Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        JsonNode last = read.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
            last = read.get();
        }
        assertThat(done.test(last)).as("condition reached: %s", last).isTrue();
        return last;
    }
}
