package io.casework.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.ApiClient.Reply;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SLA policies, a case's {@code sla} and the {@code sla} list filter, over the REST API. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SlaApiTest {
    private static final TestApi API = new TestApi();
    static final ResourceExtension RESOURCES = API.resources;
    private static final String POLICIES = """
            {"policies": [
              {"case_types": null, "priority": null, "first_response_minutes": 60, "resolution_minutes": 1440},
              {"case_types": ["account_takeover"], "priority": "urgent", "first_response_minutes": 15,
               "resolution_minutes": 240}]}""";

    private final ApiClient client = API.newOrganization();

    @Test
    void policiesAreReplacedAndReadBackWithIdsKeptForTheSameMatch() {
        assertThat(client.get("/v1/sla-policies").json().get("policies")).isEmpty();

        Reply put = client.put("/v1/sla-policies", POLICIES);

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        JsonNode first = put.json().at("/policies/1");
        assertThat(first.get("id").asText()).startsWith("slap_");
        assertThat(first.at("/case_types/0").asText()).isEqualTo("account_takeover");
        assertThat(first.get("priority").asText()).isEqualTo("urgent");
        assertThat(first.get("first_response_minutes").asInt()).isEqualTo(15);
        assertThat(put.json().at("/policies/0/case_types").isNull()).isTrue();
        assertThat(client.get("/v1/sla-policies").json()).isEqualTo(put.json());
        JsonNode again = client.put("/v1/sla-policies", POLICIES.replace("1440", "2880")).json();
        assertThat(again.at("/policies/1/id")).isEqualTo(first.get("id"));
    }

    @Test
    void aCaseShowsItsSlaAndANewCaseWithoutAMatchingPolicyHasNone() {
        client.put("/v1/sla-policies", """
                {"policies": [{"case_types": ["account_takeover"], "priority": null, "first_response_minutes": 15,
                               "resolution_minutes": 240}]}""");

        JsonNode c = client.post("/v1/cases", "{\"case_type\":\"account_takeover\"}").json();
        JsonNode none = client.post("/v1/cases", "{\"case_type\":\"kyc\"}").json();

        Instant created = Instant.parse(c.get("created_at").asText());
        assertThat(c.at("/sla/policy").asText()).startsWith("slap_");
        assertThat(Instant.parse(c.at("/sla/assign_by").asText())).isEqualTo(created.plus(Duration.ofMinutes(15)));
        assertThat(Instant.parse(c.at("/sla/resolve_by").asText())).isEqualTo(created.plus(Duration.ofMinutes(240)));
        assertThat(c.at("/sla/breached")).isEmpty();
        assertThat(none.get("sla").isNull()).isTrue();
    }

    @Test
    void aBreachShowsOnTheCaseOnItsTimelineAndInTheBreachedList() {
        client.put("/v1/sla-policies", """
                {"policies": [{"case_types": ["late"], "priority": null, "first_response_minutes": 5,
                               "resolution_minutes": 60}]}""");
        String late = client.post("/v1/cases", "{\"case_type\":\"late\"}").id();
        String dueSoon = client.post("/v1/cases", "{\"case_type\":\"late\"}").id();
        client.post("/v1/cases", "{\"case_type\":\"other\"}");
        assertThat(ids(client.get("/v1/cases?sla=due_within_minutes:5"))).containsExactlyInAnyOrder(late, dueSoon);
        assertThat(ids(client.get("/v1/cases?sla=due_within_minutes:4"))).isEmpty();

        API.clock.advance(Duration.ofMinutes(6));
        API.casework.useCases.slaBreaches().fireDue();

        JsonNode c = client.get("/v1/cases/" + late).json();
        assertThat(c.at("/sla/breached/0").asText()).isEqualTo("assign_by");
        JsonNode events = client.get("/v1/cases/" + late + "/events").json().get("data");
        JsonNode breach = events.get(events.size() - 1);
        assertThat(breach.get("type").asText()).isEqualTo("case.sla_breached");
        assertThat(breach.at("/data/deadline").asText()).isEqualTo("assign_by");
        assertThat(ids(client.get("/v1/cases?sla=breached"))).containsExactlyInAnyOrder(late, dueSoon);
    }

    @Test
    void badPoliciesAre422NamingEachField() {
        Reply shape = client.put("/v1/sla-policies", """
                {"policies": [
                  {"case_types": null, "priority": "soon", "resolution_minutes": 60},
                  {"case_types": null, "priority": null, "first_response_minutes": 10},
                  {"case_types": null, "priority": null, "resolution_minutes": "1h", "colour": "red"}]}""");
        Reply values = client.put("/v1/sla-policies", """
                {"policies": [
                  {"case_types": [], "priority": null, "resolution_minutes": 60},
                  {"case_types": null, "priority": null, "first_response_minutes": 0, "resolution_minutes": 60},
                  {"case_types": null, "priority": null, "resolution_minutes": 600000}]}""");

        assertThat(shape.status()).isEqualTo(422);
        assertThat(shape.code()).isEqualTo("validation_failed");
        assertThat(shape.errorFields()).containsExactlyInAnyOrder("policies[0].priority",
                "policies[1].resolution_minutes", "policies[2].colour", "policies[2].resolution_minutes");
        assertThat(values.status()).isEqualTo(422);
        assertThat(values.errorFields()).containsExactly("policies[0].case_types",
                "policies[1].first_response_minutes", "policies[2].resolution_minutes");
        assertThat(client.get("/v1/sla-policies").json().get("policies")).isEmpty();
    }

    @Test
    void twoPoliciesWithTheSameMatchAreRefused() {
        Reply reply = client.put("/v1/sla-policies", """
                {"policies": [
                  {"case_types": ["kyc", "ato"], "priority": "high", "resolution_minutes": 60},
                  {"case_types": ["ato"], "priority": "high", "resolution_minutes": 90},
                  {"case_types": null, "priority": null, "resolution_minutes": 60},
                  {"case_types": null, "priority": null, "resolution_minutes": 90}]}""");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly("policies[1]", "policies[3]");
    }

    @Test
    void atMostAHundredPolicies() {
        List<String> policies = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            policies.add("{\"case_types\":[\"t" + i + "\"],\"priority\":null,\"resolution_minutes\":60}");
        }
        Reply reply = client.put("/v1/sla-policies", "{\"policies\":[" + String.join(",", policies) + "]}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly("policies");
    }

    @Test
    void aBadSlaFilterIs422NamingTheParameter() {
        for (String bad : List.of("late", "due_within_minutes:", "due_within_minutes:0", "due_within_minutes:-5",
                "due_within_minutes:9999999", "due_within_minutes:1.5")) {
            Reply reply = client.get("/v1/cases?sla=" + bad);
            assertThat(reply.status()).as(bad).isEqualTo(422);
            assertThat(reply.errorFields()).as(bad).containsExactly("sla");
        }
    }

    private static List<String> ids(Reply list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().get("data").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }
}
