package io.casework.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** Holds {@code count} other cases, so their load is {@code count}. */
    private void giveCases(String member, int count) {
        for (int i = 0; i < count; i++) {
            String other = client.post("/v1/cases", "{\"case_type\":\"fraud\"}").id();
            client.post("/v1/cases/" + other + "/assign", individual(member));
        }
    }

    private Reply assignTeam(String team, String strategy) {
        return assign("{\"assignee_type\":\"team\",\"assignee_id\":\"" + team + "\",\"team_strategy\":\""
                + strategy + "\"}");
    }

    private JsonNode lastEventExplanation() {
        JsonNode events = client.get("/v1/cases/" + caseId + "/events?limit=100").json().get("data");
        return events.get(events.size() - 1).at("/data/explanation");
    }

    @Test
    void aRoundRobinExplainsEveryMemberInRotationOrder() {
        String away = hire();
        String full = hire();
        String next = hire();
        String later = hire();
        String gone = hire();
        client.patch("/v1/staff-members/" + away, "{\"availability\":\"away\"}");
        client.patch("/v1/staff-members/" + full, "{\"max_active_cases\":1}");
        giveCases(full, 1);
        client.patch("/v1/staff-members/" + gone, "{\"status\":\"deactivated\"}");
        String team = client.post("/v1/teams", "{\"name\":\"Fraud\",\"member_ids\":[\"" + away + "\",\"" + full
                + "\",\"" + next + "\",\"" + later + "\",\"" + gone + "\"]}").id();

        Reply reply = assignTeam(team, "round_robin");

        JsonNode explanation = reply.json().at("/assignee/explanation");
        assertThat(reply.json().at("/assignee/id").asText()).isEqualTo(next);
        assertThat(explanation.get("strategy").asText()).isEqualTo("round_robin");
        assertThat(explanation.get("team_id").asText()).isEqualTo(team);
        assertThat(explanation.get("candidates").toString()).isEqualTo(("["
                + "{'staff_member_id':'" + away + "','eligible':false,'reason':'away','active_cases':0,'max_active_cases':null},"
                + "{'staff_member_id':'" + full + "','eligible':false,'reason':'at_capacity','active_cases':1,'max_active_cases':1},"
                + "{'staff_member_id':'" + next + "','eligible':true,'reason':'chosen','active_cases':0,'max_active_cases':null},"
                + "{'staff_member_id':'" + later + "','eligible':true,'reason':'not_next_in_rotation','active_cases':0,'max_active_cases':null},"
                + "{'staff_member_id':'" + gone + "','eligible':false,'reason':'inactive','active_cases':0,'max_active_cases':null}"
                + "]").replace('\'', '"'));
        assertThat(lastEventExplanation()).isEqualTo(explanation);
        assertThat(client.get("/v1/cases/" + caseId).json().at("/assignee/explanation")).isEqualTo(explanation);
    }

    @Test
    void aLeastLoadedChoiceExplainsWhoHadMoreCases() {
        String busy = hire();
        String free = hire();
        String full = hire();
        giveCases(busy, 2);
        client.patch("/v1/staff-members/" + full, "{\"max_active_cases\":1}");
        giveCases(full, 1);
        String team = client.post("/v1/teams", "{\"name\":\"Fraud\",\"member_ids\":[\"" + busy + "\",\"" + free
                + "\",\"" + full + "\"]}").id();

        assignTeam(team, "least_loaded");

        JsonNode explanation = client.get("/v1/cases/" + caseId).json().at("/assignee/explanation");
        assertThat(explanation.get("strategy").asText()).isEqualTo("least_loaded");
        assertThat(explanation.get("candidates").toString()).isEqualTo(("["
                + "{'staff_member_id':'" + busy + "','eligible':true,'reason':'more_loaded','active_cases':2,'max_active_cases':null},"
                + "{'staff_member_id':'" + free + "','eligible':true,'reason':'chosen','active_cases':0,'max_active_cases':null},"
                + "{'staff_member_id':'" + full + "','eligible':false,'reason':'at_capacity','active_cases':1,'max_active_cases':1}"
                + "]").replace('\'', '"'));
        assertThat(lastEventExplanation()).isEqualTo(explanation);
    }

    @Test
    void aDirectOrQueuedAssignmentIsExplainedWithoutCandidatesAndAnUnassignedCaseHasNone() {
        String member = hire();
        String team = client.post("/v1/teams", "{\"name\":\"Fraud\",\"member_ids\":[\"" + member + "\"]}").id();

        JsonNode direct = assign(individual(member)).json().at("/assignee/explanation");
        JsonNode queued = assignTeam(team, "team_queue").json().at("/assignee/explanation");
        client.post("/v1/cases/" + caseId + "/unassign");

        assertThat(direct.toString()).isEqualTo("{\"strategy\":\"direct\",\"team_id\":null,\"candidates\":[]}");
        assertThat(queued.toString()).isEqualTo("{\"strategy\":\"team_queue\",\"team_id\":\"" + team
                + "\",\"candidates\":[]}");
        assertThat(client.get("/v1/cases/" + caseId).json().get("assignee").isNull()).isTrue();
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
