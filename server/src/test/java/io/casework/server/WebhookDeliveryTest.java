package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Webhooks end to end: the API, the outbox on PostgreSQL, the sender loop and a real receiver over HTTP. */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebhookDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);
    static final TestServer SERVER = new TestServer(
            ConfigOverride.config("webhooks.allowInsecure", "true"),
            ConfigOverride.config("webhooks.maxAttempts", "3"),
            ConfigOverride.config("webhooks.backoffInitialMs", "200"),
            ConfigOverride.config("webhooks.backoffMaxMs", "400"));
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;

    private WebhookReceiver receiver;
    private String key;

    @BeforeEach
    void receiverAndOrganization() {
        receiver = new WebhookReceiver();
        key = SERVER.newOrganization("Acme", Plan.GROWTH);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aNewCaseIsPostedToTheReceiverSignedWithTheEndpointsSecret() throws Exception {
        TestServer.Response created = SERVER.post(key, "/v1/webhook-endpoints", "{\"url\":\"" + receiver.url()
                + "\",\"events\":[\"case.created\",\"case.resolved\"],\"description\":\"Back office\"}");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.body().get("secret").asText();
        String endpointId = created.body().get("id").asText();
        assertThat(secret).startsWith("whsec_");
        JsonNode read = SERVER.get(key, "/v1/webhook-endpoints/" + endpointId).body();
        assertThat(read.has("secret")).as("the secret is shown once").isFalse();
        assertThat(read.get("events")).hasSize(2);

        JsonNode aCase = SERVER.post(key, "/v1/cases", "{\"case_type\":\"fraud\",\"subject\":{\"name\":\"Jo\"}}").body();

        WebhookReceiver.Received webhook = receiver.take(1, WAIT).get(0);
        assertThat(webhook.contentType()).startsWith("application/json");
        assertSignedWith(secret, webhook);
        JsonNode event = JSON.readTree(webhook.body());
        assertThat(event.get("id").asText()).startsWith("evt_").isEqualTo(webhook.eventId());
        assertThat(event.get("type").asText()).isEqualTo("case.created");
        assertThat(event.get("organization_id").asText()).startsWith("org_");
        assertThat(event.get("data")).as("the case as the API shows it")
                .isEqualTo(SERVER.get(key, "/v1/cases/" + aCase.get("id").asText()).body());
        assertThat(event.get("id").asText()).as("the timeline's event").isEqualTo(
                SERVER.get(key, "/v1/cases/" + aCase.get("id").asText() + "/events").body()
                        .get("data").get(0).get("id").asText());

        JsonNode delivery = eventually(() -> SERVER.get(key, "/v1/webhook-endpoints/" + endpointId + "/deliveries")
                .body().get("data").get(0), d -> d.get("status").asText().equals("delivered"));
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.get("last_response_code").asInt()).isEqualTo(200);
        assertThat(delivery.get("event_type").asText()).isEqualTo("case.created");
    }

    @Test
    void aDeliveryTheReceiverRefusesIsRetriedAndTheCasesLaterEventsWaitForIt() throws Exception {
        String endpointId = endpoint("case.created", "case.resolved").get("id").asText();
        receiver.answer(500);
        String caseId = SERVER.post(key, "/v1/cases", "{\"case_type\":\"fraud\"}").body().get("id").asText();
        assertThat(SERVER.send(key, "PATCH", "/v1/cases/" + caseId, "{\"status\":\"resolved\"}", "application/json")
                .status()).isEqualTo(200);

        List<WebhookReceiver.Received> received = receiver.take(3, WAIT);

        assertThat(received).extracting(r -> JSON.readTree(r.body()).get("type").asText())
                .containsExactly("case.created", "case.created", "case.resolved");
        assertThat(received.get(1).eventId()).as("the same event again").isEqualTo(received.get(0).eventId());
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        JsonNode created = eventually(() -> deliveries(endpointId).get(1),
                d -> d.get("status").asText().equals("delivered"));
        assertThat(created.get("attempts").asInt()).isEqualTo(2);
        assertThat(created.get("last_response_code").asInt()).isEqualTo(200);
    }

    @Test
    void aDeliveryIsFailedWhenItsAttemptsRunOutAndCanBeSentAgain() throws Exception {
        String endpointId = endpoint("case.created").get("id").asText();
        receiver.answer(500, 503, 500);
        SERVER.post(key, "/v1/cases", "{\"case_type\":\"fraud\"}");

        receiver.take(3, WAIT);
        JsonNode failed = eventually(() -> deliveries(endpointId).get(0),
                d -> d.get("status").asText().equals("failed"));
        assertThat(failed.get("attempts").asInt()).isEqualTo(3);
        assertThat(failed.get("last_response_code").asInt()).isEqualTo(500);
        assertThat(receiver.quietFor(Duration.ofMillis(800))).as("no fourth attempt").isTrue();

        TestServer.Response again = SERVER.post(key, "/v1/webhook-deliveries/" + failed.get("id").asText()
                + "/redeliver", null);
        assertThat(again.status()).isEqualTo(202);
        receiver.take(1, WAIT);
        assertThat(eventually(() -> deliveries(endpointId).get(0), d -> d.get("status").asText().equals("delivered"))
                .get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void aDisabledEndpointIsSentNothingUntilEnabledAndADeletedOneNothingAtAll() throws Exception {
        String endpointId = endpoint("case.created").get("id").asText();
        TestServer.Response disabled = SERVER.send(key, "PATCH", "/v1/webhook-endpoints/" + endpointId,
                "{\"enabled\":false}", "application/json");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
        SERVER.post(key, "/v1/cases", "{\"case_type\":\"fraud\"}");
        assertThat(receiver.quietFor(Duration.ofSeconds(1))).isTrue();

        SERVER.send(key, "PATCH", "/v1/webhook-endpoints/" + endpointId, "{\"enabled\":true}", "application/json");
        SERVER.post(key, "/v1/cases", "{\"case_type\":\"fraud\"}");
        receiver.take(1, WAIT);

        assertThat(SERVER.send(key, "DELETE", "/v1/webhook-endpoints/" + endpointId, null, null).status())
                .isEqualTo(204);
        assertThat(SERVER.get(key, "/v1/webhook-endpoints/" + endpointId).status()).isEqualTo(404);
        SERVER.post(key, "/v1/cases", "{\"case_type\":\"fraud\"}");
        assertThat(receiver.quietFor(Duration.ofSeconds(1))).isTrue();
    }

    @Test
    void aFailedRunIsPostedWithTheRunAsTheApiShowsIt() throws Exception {
        endpoint("workflow_run.failed");
        String team = SERVER.post(key, "/v1/teams", "{\"name\":\"Nobody\",\"member_ids\":[]}").body().get("id").asText();
        String workflow = SERVER.post(key, "/v1/workflows", "{\"name\":\"Triage\",\"trigger\":{\"event\":\"manual\"},"
                + "\"steps\":[{\"id\":\"assign\",\"type\":\"assign_case\",\"config\":{\"case\":\"trigger.case\","
                + "\"assignee_type\":\"team\",\"assignee_id\":\"" + team + "\",\"team_strategy\":\"round_robin\"}}]}")
                .body().get("id").asText();
        assertThat(SERVER.post(key, "/v1/workflows/" + workflow + "/publish", null).status()).isEqualTo(200);
        String caseId = SERVER.post(key, "/v1/cases", "{\"case_type\":\"fraud\"}").body().get("id").asText();
        String run = SERVER.post(key, "/v1/workflows/" + workflow + "/runs", "{\"case_id\":\"" + caseId + "\"}")
                .body().get("id").asText();

        WebhookReceiver.Received webhook = receiver.take(1, WAIT).get(0);

        JsonNode event = JSON.readTree(webhook.body());
        assertThat(event.get("type").asText()).isEqualTo("workflow_run.failed");
        assertThat(event.get("data").get("id").asText()).isEqualTo(run);
        assertThat(event.get("data").get("status").asText()).isEqualTo("failed");
        assertThat(event.get("data")).isEqualTo(SERVER.get(key, "/v1/workflow-runs/" + run).body());
        assertThat(receiver.quietFor(Duration.ofMillis(500))).as("no case event was subscribed to").isTrue();
    }

    @Test
    void anEndpointNeedsAnAbsoluteHttpUrlAndKnownEvents() {
        TestServer.Response badUrl = SERVER.post(key, "/v1/webhook-endpoints",
                "{\"url\":\"ftp://example.com/hooks\",\"events\":[\"case.created\",\"case.exploded\"]}");
        assertThat(badUrl.status()).isEqualTo(422);
        assertThat(badUrl.body().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("url", "events[1]");
        TestServer.Response relative = SERVER.post(key, "/v1/webhook-endpoints",
                "{\"url\":\"/hooks\",\"events\":[\"case.created\"]}");
        assertThat(relative.status()).isEqualTo(422);
        TestServer.Response noEvents = SERVER.post(key, "/v1/webhook-endpoints",
                "{\"url\":\"https://example.com/hooks\",\"events\":[]}");
        assertThat(noEvents.status()).isEqualTo(422);
        assertThat(noEvents.body().get("errors").get(0).get("field").asText()).isEqualTo("events");
        TestServer.Response unknownPatch = SERVER.send(key, "PATCH", "/v1/webhook-endpoints/"
                + endpoint("case.created").get("id").asText(), "{\"secret\":\"mine\"}", "application/json");
        assertThat(unknownPatch.status()).isEqualTo(422);
    }

    private JsonNode endpoint(String... events) {
        TestServer.Response created = SERVER.post(key, "/v1/webhook-endpoints", "{\"url\":\"" + receiver.url()
                + "\",\"events\":" + JSON.valueToTree(List.of(events)) + "}");
        assertThat(created.status()).isEqualTo(201);
        return created.body();
    }

    private JsonNode deliveries(String endpointId) {
        return SERVER.get(key, "/v1/webhook-endpoints/" + endpointId + "/deliveries").body().get("data");
    }

    /** The receiver's check, as docs/API.md shows it: HMAC-SHA256 of "t.body" with the secret, and a recent t. */
    private static void assertSignedWith(String secret, WebhookReceiver.Received webhook) throws Exception {
        String[] parts = webhook.signature().split(",");
        assertThat(parts[0]).startsWith("t=");
        assertThat(parts[1]).startsWith("v1=");
        long t = Long.parseLong(parts[0].substring(2));
        assertThat(Math.abs(Instant.now().getEpochSecond() - t)).isLessThan(300);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + webhook.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(parts[1].substring(3)).isEqualTo(expected);
    }

    private static JsonNode eventually(java.util.function.Supplier<JsonNode> read,
                                       java.util.function.Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode last = read.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            last = read.get();
        }
        return last;
    }
}
