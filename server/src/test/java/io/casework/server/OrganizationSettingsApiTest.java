package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code PATCH /v1/organization}: the reassignment settings, their validation, and the server's reassigner acting on
 * them when a member is deactivated through the API.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OrganizationSettingsApiTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;

    @Test
    void theSettingsStartAtTheirDefaultsAndAPatchChangesOnlyWhatItNames() {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);

        JsonNode before = SERVER.get(key, "/v1/organization").body();
        TestServer.Response changed = patch(key, "{\"settings\":{\"reassign_on_unavailable\":\"team_queue\"}}");
        TestServer.Response hours = patch(key, "{\"settings\":{\"reassign_after_hours\":48}}");

        assertThat(before.get("settings").toString())
                .isEqualTo("{\"reassign_on_unavailable\":\"none\",\"reassign_after_hours\":24}");
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.body().at("/settings/reassign_on_unavailable").asText()).isEqualTo("team_queue");
        assertThat(hours.body().get("settings").toString())
                .isEqualTo("{\"reassign_on_unavailable\":\"team_queue\",\"reassign_after_hours\":48}");
        assertThat(SERVER.get(key, "/v1/organization").body().get("settings")).isEqualTo(hours.body().get("settings"));
        assertThat(hours.body().get("name").asText()).isEqualTo("Acme");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"settings\":{\"reassign_on_unavailable\":\"sometimes\"}} | settings.reassign_on_unavailable",
            "{\"settings\":{\"reassign_on_unavailable\":3}}             | settings.reassign_on_unavailable",
            "{\"settings\":{\"reassign_after_hours\":-1}}               | settings.reassign_after_hours",
            "{\"settings\":{\"reassign_after_hours\":1.5}}              | settings.reassign_after_hours",
            "{\"settings\":{\"reassign_after_hours\":\"24\"}}           | settings.reassign_after_hours",
            "{\"settings\":{\"reassign_after_hours\":9000}}             | settings.reassign_after_hours",
            "{\"settings\":{\"colour\":\"red\"}}                        | settings.colour",
            "{\"settings\":[]}                                          | settings",
            "{\"name\":\"Globex\"}                                      | name"})
    void aBadSettingIsRefusedNamingTheFieldAndChangesNothing(String body, String field) {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);

        TestServer.Response refused = patch(key, body);

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.body().get("code").asText()).isEqualTo("validation_failed");
        assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(SERVER.get(key, "/v1/organization").body().at("/settings/reassign_on_unavailable").asText())
                .isEqualTo("none");
    }

    @Test
    void aWorkflowCannotBePublishedWithTheRunOnlyEventAssigneeUnavailable() {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);

        TestServer.Response refused = SERVER.post(key, "/v1/workflows", "{\"name\":\"Back\",\"trigger\":"
                + "{\"event\":\"assignee.unavailable\"},\"steps\":[]}");

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("trigger.event");
    }

    @Test
    void theServerMovesTheCasesOfAMemberDeactivatedThroughTheApi() throws Exception {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);
        patch(key, "{\"settings\":{\"reassign_on_unavailable\":\"team_queue\"}}");
        String ada = SERVER.post(key, "/v1/staff-members", "{\"email\":\"ada@acme.test\",\"name\":\"Ada\"}")
                .body().get("id").asText();
        String caseId = SERVER.post(key, "/v1/cases", "{\"case_type\":\"kyc\"}").body().get("id").asText();
        SERVER.post(key, "/v1/cases/" + caseId + "/assign",
                "{\"assignee_type\":\"individual\",\"assignee_id\":\"" + ada + "\"}");

        TestServer.Response deactivated = SERVER.send(key, "PATCH", "/v1/staff-members/" + ada,
                "{\"status\":\"deactivated\"}", "application/json");
        assertThat(deactivated.status()).as(deactivated.body().toString()).isEqualTo(200);

        JsonNode last = lastEventOnceMoved(key, caseId);
        assertThat(last.get("type").asText()).isEqualTo("case.reassigned");
        assertThat(last.at("/actor/type").asText()).isEqualTo("system");
        assertThat(last.at("/data/reason").asText()).isEqualTo("deactivated");
        assertThat(last.at("/data/previous_assignee/id").asText()).isEqualTo(ada);
        assertThat(last.at("/data/assignee").isNull()).as("assigned directly: left unassigned").isTrue();
        assertThat(SERVER.get(key, "/v1/cases/" + caseId).body().get("assignee").isNull()).isTrue();
    }

    private static JsonNode lastEventOnceMoved(String key, String caseId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        JsonNode last;
        do {
            JsonNode events = SERVER.get(key, "/v1/cases/" + caseId + "/events").body().get("data");
            last = events.get(events.size() - 1);
            if (last.get("type").asText().equals("case.reassigned")) {
                return last;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        } while (System.nanoTime() < deadline);
        return last;
    }

    private static TestServer.Response patch(String key, String body) {
        return SERVER.send(key, "PATCH", "/v1/organization", body, "application/json");
    }
}
