package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Out-of-office windows end to end on PostgreSQL: set through the API, shown on the member, and honoured at the
 * time of each assignment by the API and by the workflow engine, with no job at the windows' edges.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OutOfOfficeOnPostgresTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;

    @Test
    void aRoundRobinSkipsAMemberOutOfOfficeNowButNotOneWhoseWindowIsToCome() {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);
        String ada = member(key, "ada");
        String bob = member(key, "bob");
        Instant now = Instant.now();
        JsonNode adaOut = setOutOfOffice(key, ada, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));
        setOutOfOffice(key, bob, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
        String team = SERVER.post(key, "/v1/teams", "{\"name\":\"Fraud\",\"member_ids\":[\"" + ada + "\",\"" + bob
                + "\"]}").body().get("id").asText();

        List<String> assignees = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String caseId = newCase(key);
            TestServer.Response assigned = SERVER.post(key, "/v1/cases/" + caseId + "/assign",
                    "{\"assignee_type\":\"team\",\"assignee_id\":\"" + team + "\",\"team_strategy\":\"round_robin\"}");
            assertThat(assigned.status()).as(assigned.body().toString()).isEqualTo(200);
            assignees.add(assigned.body().at("/assignee/id").asText());
        }

        assertThat(assignees).containsExactly(bob, bob, bob);
        assertThat(adaOut.at("/out_of_office/0/note").asText()).isEqualTo("Away");
        JsonNode lastEvent = lastEvent(key, newestCase(key));
        assertThat(lastEvent.at("/data/candidates/0/staff_member_id").asText()).isEqualTo(ada);
        assertThat(lastEvent.at("/data/candidates/0/reason").asText()).isEqualTo("out_of_office");
        TestServer.Response direct = SERVER.post(key, "/v1/cases/" + newCase(key) + "/assign",
                "{\"assignee_type\":\"individual\",\"assignee_id\":\"" + ada + "\"}");
        assertThat(direct.status()).isEqualTo(422);
        assertThat(direct.body().get("code").asText()).isEqualTo("assignee_unavailable");
    }

    @Test
    void theWorkflowEnginePassesOverAMemberOutOfOfficeAndTheirTeamQueueEmails() throws Exception {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);
        String ada = member(key, "ada");
        String bob = member(key, "bob");
        Instant now = Instant.now();
        setOutOfOffice(key, ada, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1)));
        String team = SERVER.post(key, "/v1/teams", "{\"name\":\"Fraud\",\"member_ids\":[\"" + ada + "\",\"" + bob
                + "\"]}").body().get("id").asText();
        publish(key, "fraud", team, "round_robin");
        publish(key, "kyc", team, "team_queue");

        String fraud = SERVER.post(key, "/v1/cases", "{\"case_type\":\"fraud\"}").body().get("id").asText();
        String kyc = SERVER.post(key, "/v1/cases", "{\"case_type\":\"kyc\"}").body().get("id").asText();

        JsonNode assigned = poll(() -> SERVER.get(key, "/v1/cases/" + fraud).body(), c -> !c.get("assignee").isNull());
        assertThat(assigned.at("/assignee/id").asText()).isEqualTo(bob);
        JsonNode queued = poll(() -> SERVER.get(key, "/v1/cases/" + kyc).body(), c -> !c.get("assignee").isNull());
        assertThat(queued.at("/assignee/id").asText()).isEqualTo(team);
        JsonNode told = SERVER.get(key, "/v1/notifications?case_id=" + kyc).body().get("data");
        assertThat(told).extracting(n -> n.at("/recipient/email").asText()).containsExactly("bob@acme.test");
    }

    @Test
    void theWindowsAreShownOnEveryReadAndKeptToTheOrganization() {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);
        String other = SERVER.newOrganization("Globex", Plan.GROWTH);
        String ada = member(key, "ada");
        Instant start = Instant.parse("2027-03-01T00:00:00Z");

        JsonNode set = setOutOfOffice(key, ada, start, start.plus(Duration.ofDays(7)));
        TestServer.Response overlapping = SERVER.send(key, "PUT", "/v1/staff-members/" + ada + "/out-of-office",
                "{\"windows\":[{\"starts_at\":\"2027-03-01T00:00:00Z\",\"ends_at\":\"2027-03-08T00:00:00Z\"},"
                        + "{\"starts_at\":\"2027-03-07T00:00:00+02:00\",\"ends_at\":\"2027-03-09T00:00:00Z\"}]}",
                "application/json");

        JsonNode expected = set.get("out_of_office");
        assertThat(expected.toString()).isEqualTo(
                "[{\"starts_at\":\"2027-03-01T00:00:00Z\",\"ends_at\":\"2027-03-08T00:00:00Z\",\"note\":\"Away\"}]");
        assertThat(SERVER.get(key, "/v1/staff-members/" + ada).body().get("out_of_office")).isEqualTo(expected);
        assertThat(SERVER.get(key, "/v1/staff-members").body().at("/data/0/out_of_office")).isEqualTo(expected);
        assertThat(overlapping.status()).isEqualTo(422);
        assertThat(overlapping.body().at("/errors/0/field").asText()).isEqualTo("windows[1].starts_at");
        assertThat(SERVER.send(other, "PUT", "/v1/staff-members/" + ada + "/out-of-office", "{\"windows\":[]}",
                "application/json").status()).isEqualTo(404);
        assertThat(SERVER.get(key, "/v1/staff-members/" + ada).body().get("out_of_office")).isEqualTo(expected);
    }

    private static String member(String key, String name) {
        return SERVER.post(key, "/v1/staff-members", "{\"email\":\"" + name + "@acme.test\",\"name\":\"" + name
                + "\"}").body().get("id").asText();
    }

    private static JsonNode setOutOfOffice(String key, String member, Instant startsAt, Instant endsAt) {
        TestServer.Response reply = SERVER.send(key, "PUT", "/v1/staff-members/" + member + "/out-of-office",
                "{\"windows\":[{\"starts_at\":\"" + startsAt + "\",\"ends_at\":\"" + endsAt + "\",\"note\":\"Away\"}]}",
                "application/json");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    private static void publish(String key, String caseType, String team, String strategy) {
        String workflow = SERVER.post(key, "/v1/workflows", "{\"name\":\"Route " + caseType + "\",\"trigger\":"
                + "{\"event\":\"case.created\",\"case_types\":[\"" + caseType + "\"]},\"steps\":[{\"id\":\"assign\","
                + "\"type\":\"assign_case\",\"config\":{\"case\":\"trigger.case\",\"assignee_type\":\"team\","
                + "\"assignee_id\":\"" + team + "\",\"team_strategy\":\"" + strategy + "\"}}]}")
                .body().get("id").asText();
        TestServer.Response published = SERVER.post(key, "/v1/workflows/" + workflow + "/publish", null);
        assertThat(published.status()).as(published.body().toString()).isEqualTo(200);
    }

    private static String newCase(String key) {
        return SERVER.post(key, "/v1/cases", "{\"case_type\":\"fraud\"}").body().get("id").asText();
    }

    private static String newestCase(String key) {
        return SERVER.get(key, "/v1/cases?limit=1").body().at("/data/0/id").asText();
    }

    private static JsonNode lastEvent(String key, String caseId) {
        JsonNode events = SERVER.get(key, "/v1/cases/" + caseId + "/events").body().get("data");
        return events.get(events.size() - 1);
    }

    private static JsonNode poll(Supplier<JsonNode> read, Predicate<JsonNode> done) throws InterruptedException {
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
