package io.casework.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.rest.ApiClient.Reply;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /v1/cases/{id}/assign} and {@code /unassign}: the step's rules and error codes, through HTTP. */
@ExtendWith(DropwizardExtensionsSupport.class)
class CaseAssignmentApiTest {
    private static final TestApi API = new TestApi();
    static final ResourceExtension RESOURCES = API.resources;
    private static final AtomicInteger EMAILS = new AtomicInteger();

    private final ApiClient client = API.newOrganization();
    private final String caseId = client.post("/v1/cases", "{\"case_type\":\"fraud\"}").id();

    private String hire() {
        return client.post("/v1/staff-members",
                "{\"email\":\"s" + EMAILS.incrementAndGet() + "@example.com\",\"name\":\"S\"}").id();
    }

    private Reply assign(String body) {
        return client.post("/v1/cases/" + caseId + "/assign", body);
    }

    private static String individual(String id) {
        return "{\"assignee_type\":\"individual\",\"assignee_id\":\"" + id + "\"}";
    }

    @Test
    void assigningAnIndividualShowsWhoAssignedItAndWhen() {
        String member = hire();

        Reply reply = assign(individual(member));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo("\"2\"");
        assertThat(reply.json().at("/assignee/type").asText()).isEqualTo("staff_member");
        assertThat(reply.json().at("/assignee/id").asText()).isEqualTo(member);
        assertThat(reply.json().at("/assignee/assigned_by/type").asText()).isEqualTo("api_key");
        assertThat(reply.json().at("/assignee/assigned_by/id").asText()).startsWith("key_");
        assertThat(reply.json().get("assigned_at").asText()).isNotEmpty();
    }

    @Test
    void theAssigneeTypeACaseShowsCanBeSentBack() {
        String member = hire();
        String shown = assign(individual(member)).json().at("/assignee/type").asText();

        Reply reply = assign("{\"assignee_type\":\"" + shown + "\",\"assignee_id\":\"" + hire() + "\"}");
        Reply withStrategy = assign("{\"assignee_type\":\"staff_member\",\"assignee_id\":\"" + member + "\","
                + "\"team_strategy\":\"round_robin\"}");

        assertThat(shown).isEqualTo("staff_member");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/assignee/type").asText()).isEqualTo("staff_member");
        assertThat(withStrategy.errorFields()).containsExactly("team_strategy");
    }

    @Test
    void aTeamIsAssignedAsAQueueByDefault() {
        String team = client.post("/v1/teams", "{\"name\":\"Fraud\",\"member_ids\":[\"" + hire() + "\"]}").id();

        Reply reply = assign("{\"assignee_type\":\"team\",\"assignee_id\":\"" + team + "\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/assignee/type").asText()).isEqualTo("team");
        assertThat(reply.json().at("/assignee/id").asText()).isEqualTo(team);
    }

    @Test
    void aTeamStrategyPicksAMember() {
        String member = hire();
        String team = client.post("/v1/teams", "{\"name\":\"Fraud\",\"member_ids\":[\"" + member + "\"]}").id();

        Reply reply = assign("{\"assignee_type\":\"team\",\"assignee_id\":\"" + team
                + "\",\"team_strategy\":\"round_robin\"}");

        assertThat(reply.json().at("/assignee/type").asText()).isEqualTo("staff_member");
        assertThat(reply.json().at("/assignee/id").asText()).isEqualTo(member);
    }

    @Test
    void anUnknownOrForeignAssigneeIs422AssigneeNotFound() {
        String theirs = API.newOrganization().post("/v1/staff-members",
                "{\"email\":\"t@example.com\",\"name\":\"T\"}").id();

        for (String body : new String[] {individual(theirs), individual("team_abc"),
            "{\"assignee_type\":\"team\",\"assignee_id\":\"team_unknown\"}"}) {
            Reply reply = assign(body);

            assertThat(reply.status()).as(body).isEqualTo(422);
            assertThat(reply.code()).isEqualTo("assignee_not_found");
            assertThat(reply.errorFields()).containsExactly("assignee_id");
        }
    }

    @Test
    void anAwayIndividualIs422AssigneeUnavailable() {
        String member = hire();
        client.patch("/v1/staff-members/" + member, "{\"availability\":\"away\"}");

        Reply reply = assign(individual(member));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("assignee_unavailable");
    }

    @Test
    void aTeamWithNobodyEligibleIs422NoEligibleAssignee() {
        String team = client.post("/v1/teams", "{\"name\":\"Empty\"}").id();

        Reply reply = assign("{\"assignee_type\":\"team\",\"assignee_id\":\"" + team
                + "\",\"team_strategy\":\"least_loaded\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("no_eligible_assignee");
    }

    @Test
    void aResolvedCaseCannotBeAssigned() {
        client.patch("/v1/cases/" + caseId, "{\"status\":\"resolved\"}");

        Reply reply = assign(individual(hire()));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("conflict");
    }

    @Test
    void aMalformedAssignmentNamesItsFields() {
        Reply missing = assign("{}");
        Reply badValues = assign("{\"assignee_type\":\"robot\",\"assignee_id\":\"stf_a\",\"team_strategy\":\"random\"}");
        Reply strategyForAPerson = assign("{\"assignee_type\":\"individual\",\"assignee_id\":\"stf_a\","
                + "\"team_strategy\":\"round_robin\"}");
        Reply unknownField = assign("{\"assignee_type\":\"individual\",\"assignee_id\":\"stf_a\",\"note\":\"x\"}");

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.code()).isEqualTo("validation_failed");
        assertThat(missing.errorFields()).containsExactly("assignee_type", "assignee_id");
        assertThat(badValues.errorFields()).containsExactly("assignee_type", "team_strategy");
        assertThat(strategyForAPerson.errorFields()).containsExactly("team_strategy");
        assertThat(unknownField.errorFields()).containsExactly("note");
    }

    @Test
    void unassignRemovesTheAssignee() {
        assign(individual(hire()));

        Reply reply = client.post("/v1/cases/" + caseId + "/unassign", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("assignee").isNull()).isTrue();
        assertThat(reply.json().get("assigned_at").isNull()).isTrue();
        assertThat(reply.etag()).isEqualTo("\"3\"");
    }

    @Test
    void unassigningACaseWithoutAssigneeChangesNothing() {
        Reply reply = client.post("/v1/cases/" + caseId + "/unassign", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo("\"1\"");
    }
}
