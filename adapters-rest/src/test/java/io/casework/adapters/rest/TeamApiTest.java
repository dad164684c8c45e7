package io.casework.adapters.rest;

import static io.casework.adapters.rest.StaffMemberApiTest.fieldNames;
import static io.casework.adapters.rest.StaffMemberApiTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.rest.ApiClient.Reply;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class TeamApiTest {
    private static final TestApi API = new TestApi();
    static final ResourceExtension RESOURCES = API.resources;
    private static final AtomicInteger EMAILS = new AtomicInteger();

    private final ApiClient client = API.newOrganization();

    private static String hire(ApiClient as) {
        return as.post("/v1/staff-members",
                "{\"email\":\"m" + EMAILS.incrementAndGet() + "@example.com\",\"name\":\"M\"}").id();
    }

    private Reply form(String name, String... memberIds) {
        return client.post("/v1/teams", "{\"name\":\"" + name + "\",\"member_ids\":" + jsonArray(memberIds) + "}");
    }

    @Test
    void createAnswers201WithTheTeamInRotationOrder() {
        String ada = hire(client);
        String grace = hire(client);

        Reply reply = form("Fraud", grace, ada);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.etag()).isEqualTo("\"1\"");
        assertThat(fieldNames(reply.json())).containsExactly("id", "name", "member_ids", "created_at", "version");
        assertThat(reply.id()).startsWith("team_");
        assertThat(reply.json().get("name").asText()).isEqualTo("Fraud");
        assertThat(strings(reply, "member_ids")).containsExactly(grace, ada);
        assertThat(reply.json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void membersMayBeLeftOut() {
        Reply reply = client.post("/v1/teams", "{\"name\":\"Empty\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("member_ids")).isEmpty();
    }

    @Test
    void unknownOrForeignMembersAreNamedByPosition() {
        String mine = hire(client);
        String theirs = hire(API.newOrganization());

        Reply reply = form("Mixed", mine, theirs, "case_abc", "stf_unknown");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("validation_failed");
        assertThat(reply.errorFields()).containsExactlyInAnyOrder("member_ids[1]", "member_ids[2]", "member_ids[3]");
    }

    @Test
    void aMemberIdOfTheWrongTypeIsNamedByPosition() {
        Reply number = client.post("/v1/teams", "{\"name\":\"T\",\"member_ids\":[\"stf_abc\",5]}");
        Reply missing = client.post("/v1/teams", "{\"name\":\"T\",\"member_ids\":[null]}");
        Reply notAList = client.post("/v1/teams", "{\"name\":\"T\",\"member_ids\":\"stf_abc\"}");

        assertThat(number.status()).isEqualTo(422);
        assertThat(number.errorFields()).containsExactly("member_ids[1]");
        assertThat(missing.errorFields()).containsExactly("member_ids[0]");
        assertThat(notAList.errorFields()).containsExactly("member_ids");
    }

    @Test
    void aNameIsRequiredAndAtMost200Characters() {
        assertThat(client.post("/v1/teams", "{}").errorFields()).containsExactly("name");
        assertThat(client.post("/v1/teams", "{\"name\":\"" + "t".repeat(201) + "\"}").errorFields())
                .containsExactly("name");
        assertThat(client.post("/v1/teams", "{\"name\":\"T\",\"id\":\"team_x\"}").errorFields())
                .containsExactly("id");
    }

    @Test
    void putAddsAMemberOnceAndAnswersTheTeam() {
        String member = hire(client);
        String team = form("Ops").id();

        Reply added = client.put("/v1/teams/" + team + "/members/" + member);
        Reply again = client.put("/v1/teams/" + team + "/members/" + member);

        assertThat(added.status()).isEqualTo(200);
        assertThat(strings(added, "member_ids")).containsExactly(member);
        assertThat(added.etag()).isEqualTo("\"2\"");
        assertThat(again.status()).isEqualTo(200);
        assertThat(strings(again, "member_ids")).containsExactly(member);
        assertThat(again.etag()).isEqualTo("\"2\"");
    }

    @Test
    void deleteRemovesAMemberAndRemovingAgainChangesNothing() {
        String member = hire(client);
        String team = form("Ops", member).id();

        Reply removed = client.delete("/v1/teams/" + team + "/members/" + member);
        Reply again = client.delete("/v1/teams/" + team + "/members/" + member);

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("member_ids")).isEmpty();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void membershipOfUnknownForeignOrMistypedIdsIs404() {
        String team = form("Ops").id();
        String theirMember = hire(API.newOrganization());
        String theirTeam = API.newOrganization().post("/v1/teams", "{\"name\":\"Theirs\"}").id();
        String mine = hire(client);

        assertThat(client.put("/v1/teams/" + team + "/members/" + theirMember).status()).isEqualTo(404);
        assertThat(client.put("/v1/teams/" + team + "/members/team_abc").status()).isEqualTo(404);
        assertThat(client.put("/v1/teams/" + theirTeam + "/members/" + mine).status()).isEqualTo(404);
        assertThat(client.delete("/v1/teams/stf_abc/members/" + mine).status()).isEqualTo(404);
        assertThat(client.delete("/v1/teams/" + team + "/members/" + theirMember).status()).isEqualTo(404);
        assertThat(client.delete("/v1/teams/" + team + "/members/stf_01aaaaaaaaaaaaaaaaaaaaaaaa").status())
                .isEqualTo(404);
    }

    @Test
    void patchRenamesAndReplacesTheMembers() {
        String ada = hire(client);
        String grace = hire(client);
        String team = form("Ops", ada).id();

        Reply reply = client.patch("/v1/teams/" + team, "{\"name\":\"Operations\",\"member_ids\":[\"" + grace
                + "\"]}", "\"1\"");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("name").asText()).isEqualTo("Operations");
        assertThat(strings(reply, "member_ids")).containsExactly(grace);
        assertThat(reply.etag()).isEqualTo("\"2\"");
    }

    @Test
    void patchRefusesAStaleVersionAndMalformedFields() {
        String team = form("Ops").id();
        client.patch("/v1/teams/" + team, "{\"name\":\"Ops 2\"}");

        Reply stale = client.patch("/v1/teams/" + team, "{\"name\":\"Ops 3\"}", "\"1\"");
        Reply malformed = client.patch("/v1/teams/" + team, "{\"name\":7,\"member_ids\":[\"stf_a\",null],\"x\":1}");
        Reply foreign = client.patch("/v1/teams/" + team, "{\"member_ids\":[\"stf_unknown\"]}");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.errorFields()).containsExactlyInAnyOrder("name", "member_ids[1]", "x");
        assertThat(foreign.errorFields()).containsExactly("member_ids[0]");
    }

    @Test
    void anotherOrganizationsTeamIs404() {
        String theirs = API.newOrganization().post("/v1/teams", "{\"name\":\"Theirs\"}").id();

        assertThat(client.get("/v1/teams/" + theirs).status()).isEqualTo(404);
        assertThat(client.patch("/v1/teams/" + theirs, "{\"name\":\"Mine\"}").status()).isEqualTo(404);
        assertThat(client.get("/v1/teams/case_abc").status()).isEqualTo(404);
    }

    @Test
    void getAnswersTheTeamWithItsETag() {
        String team = form("Ops").id();

        Reply reply = client.get("/v1/teams/" + team);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo("\"1\"");
    }

    @Test
    void listIsNewestFirstInPages() {
        String older = form("A").id();
        String newer = form("B").id();

        Reply first = client.get("/v1/teams?limit=1");
        Reply second = client.get("/v1/teams?limit=1&cursor=" + first.json().get("next_cursor").asText());

        assertThat(ids(first)).containsExactly(newer);
        assertThat(ids(second)).containsExactly(older);
        assertThat(second.json().get("next_cursor").isNull()).isTrue();
        assertThat(client.get("/v1/teams?limit=0").errorFields()).containsExactly("limit");
    }

    private static List<String> strings(Reply reply, String field) {
        List<String> values = new ArrayList<>();
        reply.json().get(field).forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String jsonArray(String... values) {
        List<String> quoted = new ArrayList<>();
        for (String value : values) {
            quoted.add("\"" + value + "\"");
        }
        return "[" + String.join(",", quoted) + "]";
    }
}
