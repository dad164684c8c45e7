package io.casework.adapters.rest;

import static io.casework.adapters.rest.StaffMemberApiTest.fieldNames;
import static io.casework.adapters.rest.StaffMemberApiTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.ApiClient.Reply;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class CaseApiTest {
    private static final TestApi API = new TestApi();
    static final ResourceExtension RESOURCES = API.resources;
    private static final String CONTRACT_EXAMPLE = """
            {"case_type": "account_takeover", "priority": "high",
             "subject": {"reference_id": "user-123", "name": "Ada Lovelace", "email": "ada@example.com"},
             "attributes": {"country": "GB", "risk_score": 87}, "tags": ["ato"]}""";

    private final ApiClient client = API.newOrganization();

    private String open(String caseType) {
        return client.post("/v1/cases", "{\"case_type\":\"" + caseType + "\"}").id();
    }

    @Test
    void createAnswers201WithTheCaseOfTheContract() {
        Reply reply = client.post("/v1/cases", CONTRACT_EXAMPLE);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.etag()).isEqualTo("\"1\"");
        JsonNode c = reply.json();
        assertThat(fieldNames(c)).containsExactly("id", "case_type", "status", "resolution", "resolved_at",
                "priority", "subject", "attributes", "tags", "assignee", "assigned_at", "sla", "created_at", "updated_at",
                "version");
        assertThat(c.get("id").asText()).startsWith("case_");
        assertThat(c.get("case_type").asText()).isEqualTo("account_takeover");
        assertThat(c.get("status").asText()).isEqualTo("open");
        assertThat(c.get("resolution").isNull()).isTrue();
        assertThat(c.get("resolved_at").isNull()).isTrue();
        assertThat(c.get("priority").asText()).isEqualTo("high");
        assertThat(c.at("/subject/reference_id").asText()).isEqualTo("user-123");
        assertThat(c.at("/subject/name").asText()).isEqualTo("Ada Lovelace");
        assertThat(c.at("/subject/email").asText()).isEqualTo("ada@example.com");
        assertThat(c.at("/attributes/country").asText()).isEqualTo("GB");
        assertThat(c.at("/attributes/risk_score").asInt()).isEqualTo(87);
        assertThat(c.at("/tags/0").asText()).isEqualTo("ato");
        assertThat(c.get("assignee").isNull()).isTrue();
        assertThat(c.get("assigned_at").isNull()).isTrue();
        assertThat(c.get("created_at").asText()).isEqualTo(c.get("updated_at").asText());
        assertThat(c.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void onlyTheCaseTypeIsRequiredAndTheRestHasDefaults() {
        Reply reply = client.post("/v1/cases", "{\"case_type\":\"onboarding\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("priority").asText()).isEqualTo("normal");
        assertThat(reply.json().get("subject").isNull()).isTrue();
        assertThat(reply.json().get("attributes").isObject()).isTrue();
        assertThat(reply.json().get("attributes")).isEmpty();
        assertThat(reply.json().get("tags").isArray()).isTrue();
        assertThat(reply.json().get("tags")).isEmpty();
    }

    @Test
    void theCaseTypeIsRequiredAndShaped() {
        assertThat(client.post("/v1/cases", "{}").errorFields()).containsExactly("case_type");
        assertThat(client.post("/v1/cases", "{\"case_type\":\"Account Takeover\"}").errorFields())
                .containsExactly("case_type");
        assertThat(client.post("/v1/cases", "{\"case_type\":\"" + "a".repeat(65) + "\"}").errorFields())
                .containsExactly("case_type");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Reply reply = client.post("/v1/cases", "{\"case_type\":\"BAD\",\"priority\":\"asap\","
                + "\"subject\":{\"email\":\"nope\"}}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly("case_type", "priority", "subject.email");
    }

    @Test
    void errorsInsideTheSubjectArePaths() {
        assertThat(client.post("/v1/cases", "{\"case_type\":\"x\",\"subject\":{\"email\":5}}").errorFields())
                .containsExactly("subject.email");
        assertThat(client.post("/v1/cases", "{\"case_type\":\"x\",\"subject\":{\"nickname\":\"A\"}}").errorFields())
                .containsExactly("subject.nickname");
        assertThat(client.post("/v1/cases", "{\"case_type\":\"x\",\"subject\":{\"name\":\"" + "n".repeat(201)
                + "\"}}").errorFields()).containsExactly("subject.name");
        assertThat(client.post("/v1/cases", "{\"case_type\":\"x\",\"subject\":{\"reference_id\":\"" + "r".repeat(201)
                + "\"}}").errorFields()).containsExactly("subject.reference_id");
        assertThat(client.post("/v1/cases", "{\"case_type\":\"x\",\"subject\":\"Ada\"}").errorFields())
                .containsExactly("subject");
    }

    @Test
    void attributesMustBeAnObjectOfAtMost64KiB() {
        String big = "{\"case_type\":\"x\",\"attributes\":{\"note\":\"" + "x".repeat(64 * 1024) + "\"}}";
        String fits = "{\"case_type\":\"x\",\"attributes\":{\"note\":\"" + "x".repeat(60 * 1024) + "\"}}";

        assertThat(client.post("/v1/cases", big).errorFields()).containsExactly("attributes");
        assertThat(client.post("/v1/cases", fits).status()).isEqualTo(201);
        assertThat(client.post("/v1/cases", "{\"case_type\":\"x\",\"attributes\":[1]}").errorFields())
                .containsExactly("attributes");
    }

    @Test
    void attributeNumbersKeepTheirValueExactly() {
        String attributes = "{\"huge\":1e400,\"precise\":0.1000000000000000055511151231257827,\"big\":123456789012345678901234567890}";

        Reply created = client.post("/v1/cases", "{\"case_type\":\"x\",\"attributes\":" + attributes + "}");
        Reply patched = client.patch("/v1/cases/" + created.id(), "{\"attributes\":" + attributes + "}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/attributes/huge").decimalValue()).isEqualByComparingTo("1e400");
        assertThat(created.json().at("/attributes/precise").decimalValue())
                .isEqualByComparingTo("0.1000000000000000055511151231257827");
        assertThat(created.json().at("/attributes/big").bigIntegerValue()).hasToString("123456789012345678901234567890");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().at("/attributes/huge").decimalValue()).isEqualByComparingTo("1e400");
    }

    @Test
    void attributeNumbersKeepTheirWritingThroughAPatch() {
        String caseId = open("x");

        Reply patched = client.patch("/v1/cases/" + caseId, "{\"attributes\":{\"score\":100.0,\"ratio\":1.50}}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body()).contains("\"score\":100.0").contains("\"ratio\":1.50");
    }

    @Test
    void tagsAreAtMost50StringsOfAtMost64Characters() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add("\"t" + i + "\"");
        }

        assertThat(client.post("/v1/cases", "{\"case_type\":\"x\",\"tags\":[" + String.join(",", many) + "]}")
                .errorFields()).containsExactly("tags");
        assertThat(client.post("/v1/cases", "{\"case_type\":\"x\",\"tags\":[\"ok\",\"" + "t".repeat(65) + "\"]}")
                .errorFields()).containsExactly("tags[1]");
        assertThat(client.post("/v1/cases", "{\"case_type\":\"x\",\"tags\":[\"ok\",7]}").errorFields())
                .containsExactly("tags[1]");
    }

    @Test
    void clientSuppliedIdStatusVersionOrTimestampsAreUnknownFields() {
        for (String field : List.of("id", "status", "version", "created_at", "updated_at", "assignee")) {
            Reply reply = client.post("/v1/cases", "{\"case_type\":\"x\",\"" + field + "\":\"1\"}");

            assertThat(reply.status()).as(field).isEqualTo(422);
            assertThat(reply.errorFields()).containsExactly(field);
        }
    }

    @Test
    void patchResolvesKeepsAndClearsTheResolution() {
        String id = open("onboarding");

        Reply resolved = client.patch("/v1/cases/" + id, "{\"status\":\"resolved\",\"resolution\":\"approved\"}");
        Reply renamed = client.patch("/v1/cases/" + id, "{\"priority\":\"urgent\"}");
        Reply cleared = client.patch("/v1/cases/" + id, "{\"resolution\":null}");
        Reply reopened = client.patch("/v1/cases/" + id, "{\"status\":\"resolved\",\"resolution\":\"declined\"}");
        Reply open = client.patch("/v1/cases/" + id, "{\"status\":\"open\"}");

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().get("resolution").asText()).isEqualTo("approved");
        assertThat(renamed.json().get("resolution").asText()).isEqualTo("approved");
        assertThat(renamed.json().get("priority").asText()).isEqualTo("urgent");
        assertThat(cleared.json().get("resolution").isNull()).isTrue();
        assertThat(cleared.json().get("status").asText()).isEqualTo("resolved");
        assertThat(reopened.json().get("resolution").asText()).isEqualTo("declined");
        assertThat(open.json().get("resolution").isNull()).isTrue();
        assertThat(open.etag()).isEqualTo("\"6\"");
    }

    @Test
    void resolvedAtIsWhenTheCaseWasResolvedAndIsClearedOnReopen() {
        String id = open("onboarding");

        Reply resolved = client.patch("/v1/cases/" + id, "{\"status\":\"resolved\",\"resolution\":\"approved\"}");
        Reply changed = client.patch("/v1/cases/" + id, "{\"priority\":\"urgent\",\"resolution\":\"declined\"}");
        Reply pending = client.patch("/v1/cases/" + id, "{\"status\":\"pending\"}");

        String resolvedAt = resolved.json().get("resolved_at").asText();
        assertThat(resolvedAt).isEqualTo(resolved.json().get("updated_at").asText());
        assertThat(changed.json().get("resolved_at").asText()).isEqualTo(resolvedAt);
        assertThat(client.get("/v1/cases/" + id).json().get("resolved_at").isNull()).isTrue();
        assertThat(pending.json().get("resolved_at").isNull()).isTrue();
    }

    @Test
    void resolvingAndReopeningAreTheirOwnEventsWithTheChanges() {
        String id = open("onboarding");
        client.patch("/v1/cases/" + id, "{\"status\":\"pending\"}");
        client.patch("/v1/cases/" + id, "{\"status\":\"resolved\",\"resolution\":\"approved\"}");
        client.patch("/v1/cases/" + id, "{\"resolution\":\"declined\"}");
        client.patch("/v1/cases/" + id, "{\"status\":\"open\",\"priority\":\"high\"}");

        JsonNode events = client.get("/v1/cases/" + id + "/events").json().get("data");

        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).containsExactly("case.created", "case.updated", "case.resolved", "case.updated",
                "case.reopened");
        assertThat(events.at("/2/data/changes/status/to").asText()).isEqualTo("resolved");
        assertThat(events.at("/2/data/changes/resolution/to").asText()).isEqualTo("approved");
        assertThat(events.at("/4/data/changes/status/from").asText()).isEqualTo("resolved");
        assertThat(events.at("/4/data/changes/priority/to").asText()).isEqualTo("high");
    }

    @Test
    void aResolutionNeedsAResolvedStatus() {
        String id = open("onboarding");

        Reply reply = client.patch("/v1/cases/" + id, "{\"resolution\":\"approved\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly("resolution");
    }

    @Test
    void patchReplacesTagsAndAttributes() {
        String id = client.post("/v1/cases", CONTRACT_EXAMPLE).id();

        Reply reply = client.patch("/v1/cases/" + id, "{\"tags\":[\"vip\",\"ato\"],\"attributes\":{\"country\":\"FR\"}}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("tags").toString()).isEqualTo("[\"vip\",\"ato\"]");
        assertThat(reply.json().get("attributes").toString()).isEqualTo("{\"country\":\"FR\"}");
        assertThat(reply.json().get("updated_at").asText()).isNotEqualTo(reply.json().get("created_at").asText());
    }

    @Test
    void patchCannotSetTheCaseTypeAndNamesEveryMalformedField() {
        String id = open("onboarding");

        Reply caseType = client.patch("/v1/cases/" + id, "{\"case_type\":\"other\"}");
        Reply malformed = client.patch("/v1/cases/" + id, "{\"status\":\"closed\",\"priority\":null,"
                + "\"tags\":[\"a\",{}],\"attributes\":\"x\",\"resolution\":3}");

        assertThat(caseType.status()).isEqualTo(422);
        assertThat(caseType.errorFields()).containsExactly("case_type");
        assertThat(malformed.errorFields()).containsExactlyInAnyOrder("status", "priority", "tags[1]", "attributes",
                "resolution");
    }

    @Test
    void patchHonoursIfMatch() {
        String id = open("onboarding");

        Reply current = client.patch("/v1/cases/" + id, "{\"priority\":\"high\"}", "\"1\"");
        Reply stale = client.patch("/v1/cases/" + id, "{\"priority\":\"low\"}", "\"1\"");
        Reply malformed = client.patch("/v1/cases/" + id, "{\"priority\":\"low\"}", "v1");

        assertThat(current.status()).isEqualTo(200);
        assertThat(current.etag()).isEqualTo("\"2\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(client.get("/v1/cases/" + id).json().get("priority").asText()).isEqualTo("high");
    }

    @Test
    void getAnswersTheCaseWithItsETag() {
        String id = open("onboarding");

        Reply reply = client.get("/v1/cases/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo("\"1\"");
        assertThat(reply.id()).isEqualTo(id);
    }

    @Test
    void idsOfAnotherTypeOrOrganizationAre404() {
        String theirs = API.newOrganization().post("/v1/cases", "{\"case_type\":\"x\"}").id();

        assertThat(client.get("/v1/cases/" + theirs).status()).isEqualTo(404);
        assertThat(client.patch("/v1/cases/" + theirs, "{\"priority\":\"low\"}").status()).isEqualTo(404);
        assertThat(client.post("/v1/cases/" + theirs + "/unassign", null).status()).isEqualTo(404);
        assertThat(client.get("/v1/cases/" + theirs + "/events").status()).isEqualTo(404);
        assertThat(client.get("/v1/cases/stf_abc").status()).isEqualTo(404);
        assertThat(client.post("/v1/cases/team_abc/assign", "{\"assignee_type\":\"team\",\"assignee_id\":\"team_a\"}")
                .status()).isEqualTo(404);
    }

    @Test
    void listIsNewestFirstInPages() {
        ApiClient fresh = API.newOrganization();
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            opened.add(0, fresh.post("/v1/cases", "{\"case_type\":\"x\"}").id());
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Reply page = fresh.get("/v1/cases?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.json().get("data").size()).isLessThanOrEqualTo(2);
            seen.addAll(ids(page));
            cursor = page.json().get("next_cursor").isNull() ? null : page.json().get("next_cursor").asText();
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(opened);
        assertThat(ids(fresh.get("/v1/cases"))).containsExactlyElementsOf(opened);
    }

    @Test
    void listFiltersByStatusCaseTypeAndAssignee() {
        ApiClient fresh = API.newOrganization();
        String member = fresh.post("/v1/staff-members", "{\"email\":\"f@example.com\",\"name\":\"F\"}").id();
        String fraud = fresh.post("/v1/cases", "{\"case_type\":\"fraud\"}").id();
        String onboarding = fresh.post("/v1/cases", "{\"case_type\":\"onboarding\"}").id();
        fresh.patch("/v1/cases/" + onboarding, "{\"status\":\"pending\"}");
        fresh.post("/v1/cases/" + fraud + "/assign", "{\"assignee_type\":\"individual\",\"assignee_id\":\"" + member
                + "\"}");
        String theirMember = API.newOrganization().post("/v1/staff-members",
                "{\"email\":\"f@example.com\",\"name\":\"F\"}").id();

        assertThat(ids(fresh.get("/v1/cases?case_type=fraud"))).containsExactly(fraud);
        assertThat(ids(fresh.get("/v1/cases?status=pending"))).containsExactly(onboarding);
        assertThat(ids(fresh.get("/v1/cases?assignee_id=" + member))).containsExactly(fraud);
        assertThat(ids(fresh.get("/v1/cases?assignee_id=" + theirMember))).isEmpty();
        assertThat(ids(fresh.get("/v1/cases?status=open&case_type=onboarding"))).isEmpty();
    }

    @Test
    void listFiltersByPriorityAndTheSubjectsReferenceId() {
        ApiClient fresh = API.newOrganization();
        String urgent = fresh.post("/v1/cases", "{\"case_type\":\"x\",\"priority\":\"urgent\","
                + "\"subject\":{\"reference_id\":\"user-1\"}}").id();
        String low = fresh.post("/v1/cases", "{\"case_type\":\"x\",\"priority\":\"low\","
                + "\"subject\":{\"reference_id\":\"user-1\"}}").id();
        String raised = fresh.post("/v1/cases", "{\"case_type\":\"x\",\"subject\":{\"reference_id\":\"user-2\"}}")
                .id();
        fresh.patch("/v1/cases/" + raised, "{\"priority\":\"urgent\"}");
        fresh.post("/v1/cases", "{\"case_type\":\"x\",\"subject\":{\"name\":\"user-1\"}}");
        API.newOrganization().post("/v1/cases", "{\"case_type\":\"x\",\"priority\":\"urgent\","
                + "\"subject\":{\"reference_id\":\"user-1\"}}");

        assertThat(ids(fresh.get("/v1/cases?priority=urgent"))).containsExactly(raised, urgent);
        assertThat(ids(fresh.get("/v1/cases?subject.reference_id=user-1"))).containsExactly(low, urgent);
        assertThat(ids(fresh.get("/v1/cases?subject.reference_id=user-1&priority=low"))).containsExactly(low);
        assertThat(ids(fresh.get("/v1/cases?subject.reference_id=user"))).isEmpty();
        assertThat(ids(fresh.get("/v1/cases?priority=normal"))).hasSize(1);
    }

    @Test
    void aBadFilterIs422NamingEachParameter() {
        Reply reply = client.get("/v1/cases?status=nope&case_type=Not%20A%20Type&assignee_id=case_x&priority=asap"
                + "&limit=0");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly("status", "case_type", "assignee_id", "priority", "limit");
        assertThat(client.get("/v1/cases?assignee_id=team_abc&status=resolved").status()).isEqualTo(200);
    }

    @Test
    void eventsAreTheTimelineOldestFirstWithTheActor() {
        String member = client.post("/v1/staff-members", "{\"email\":\"e@example.com\",\"name\":\"E\"}").id();
        String id = open("onboarding");
        client.post("/v1/cases/" + id + "/assign", "{\"assignee_type\":\"individual\",\"assignee_id\":\"" + member
                + "\"}");
        client.post("/v1/cases/" + id + "/unassign", null);
        client.patch("/v1/cases/" + id, "{\"priority\":\"high\"}");

        Reply first = client.get("/v1/cases/" + id + "/events?limit=2");
        Reply rest = client.get("/v1/cases/" + id + "/events?cursor=" + first.json().get("next_cursor").asText());

        List<String> types = new ArrayList<>();
        first.json().get("data").forEach(e -> types.add(e.get("type").asText()));
        rest.json().get("data").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).containsExactly("case.created", "case.assigned", "case.unassigned", "case.updated");
        assertThat(rest.json().get("next_cursor").isNull()).isTrue();
        JsonNode created = first.json().at("/data/0");
        assertThat(fieldNames(created)).containsExactly("id", "type", "actor", "data", "created_at");
        assertThat(created.get("id").asText()).startsWith("evt_");
        assertThat(created.at("/actor/type").asText()).isEqualTo("api_key");
        assertThat(created.at("/actor/id").asText()).startsWith("key_");
        assertThat(first.json().at("/data/1/data/assignee/id").asText()).isEqualTo(member);
        assertThat(rest.json().at("/data/1/data/changes/priority/to").asText()).isEqualTo("high");
    }

    /**
     * The events' JSON, byte for byte as API clients have always read it (ids and times aside); since resolving and
     * reopening became events of their own, only their type differs from a {@code case.updated}, and
     * {@code explanation} was added to {@code case.assigned} beside the fields it always had.
     */
    @Test
    void eachKindOfEventKeepsItsJsonShape() {
        String away = client.post("/v1/staff-members", "{\"email\":\"w1@example.com\",\"name\":\"W\"}").id();
        String full = client.post("/v1/staff-members", "{\"email\":\"w2@example.com\",\"name\":\"W\"}").id();
        String free = client.post("/v1/staff-members", "{\"email\":\"w3@example.com\",\"name\":\"W\"}").id();
        String busy = client.post("/v1/staff-members", "{\"email\":\"w4@example.com\",\"name\":\"W\"}").id();
        client.patch("/v1/staff-members/" + away, "{\"availability\":\"away\"}");
        client.patch("/v1/staff-members/" + full, "{\"max_active_cases\":1}");
        for (String holder : List.of(full, busy)) {
            client.post("/v1/cases/" + open("other") + "/assign", "{\"assignee_type\":\"individual\",\"assignee_id\":\""
                    + holder + "\"}");
        }
        String team = client.post("/v1/teams", "{\"name\":\"Fraud\",\"member_ids\":[\"" + away + "\",\"" + full
                + "\",\"" + busy + "\",\"" + free + "\"]}").id();
        String id = client.post("/v1/cases", "{\"case_type\":\"fraud\",\"priority\":\"low\"}").id();
        for (String strategy : List.of("round_robin", "least_loaded", "team_queue")) {
            client.post("/v1/cases/" + id + "/assign", "{\"assignee_type\":\"team\",\"assignee_id\":\"" + team
                    + "\",\"team_strategy\":\"" + strategy + "\"}");
        }
        client.post("/v1/cases/" + id + "/assign", "{\"assignee_type\":\"individual\",\"assignee_id\":\"" + free
                + "\"}");
        client.post("/v1/cases/" + id + "/unassign", null);
        client.patch("/v1/cases/" + id, "{\"status\":\"resolved\",\"resolution\":\"fraud\",\"priority\":\"high\","
                + "\"tags\":[\"a\"],\"attributes\":{\"n\":1.5,\"x\":[true,null]}}");
        client.patch("/v1/cases/" + id, "{\"status\":\"open\"}");

        String body = client.get("/v1/cases/" + id + "/events?limit=100").body()
                .replace(away, "AWAY").replace(full, "FULL").replace(free, "FREE").replace(busy, "BUSY")
                .replace(team, "TEAM").replaceAll("evt_\\w+", "EVT").replaceAll("key_\\w+", "KEY")
                .replaceAll("\"20[0-9T:.-]+Z\"", "\"T\"");

        assertThat(body).isEqualTo("""
                {"data":[{"id":"EVT","type":"case.created","actor":{"type":"api_key","id":"KEY"},"data":{
                "case_type":"fraud","priority":"low"},"created_at":"T"}
                ,{"id":"EVT","type":"case.assigned","actor":{"type":"api_key","id":"KEY"},"data":{
                "previous_assignee":null,"assignee":{"type":"staff_member","id":"BUSY"},"strategy":"round_robin","team_id":"TEAM",
                "candidates":[{"staff_member_id":"AWAY","active_cases":0,"reason":"away"},{"staff_member_id":"FULL","active_cases":1,"reason":"at_capacity"},{"staff_member_id":"BUSY","active_cases":1,"reason":null}],
                "explanation":{"strategy":"round_robin","team_id":"TEAM","candidates":[{"staff_member_id":"AWAY","eligible":false,"reason":"away","active_cases":0,"max_active_cases":null},{"staff_member_id":"FULL","eligible":false,"reason":"at_capacity","active_cases":1,"max_active_cases":1},{"staff_member_id":"BUSY","eligible":true,"reason":"chosen","active_cases":1,"max_active_cases":null},{"staff_member_id":"FREE","eligible":true,"reason":"not_next_in_rotation","active_cases":0,"max_active_cases":null}]}},"created_at":"T"}
                ,{"id":"EVT","type":"case.assigned","actor":{"type":"api_key","id":"KEY"},"data":{
                "previous_assignee":{"type":"staff_member","id":"BUSY"},"assignee":{"type":"staff_member","id":"FREE"},"strategy":"least_loaded","team_id":"TEAM",
                "candidates":[{"staff_member_id":"AWAY","active_cases":0,"reason":"away"},{"staff_member_id":"FULL","active_cases":1,"reason":"at_capacity"},{"staff_member_id":"BUSY","active_cases":2,"reason":"more_loaded"},{"staff_member_id":"FREE","active_cases":0,"reason":null}],
                "explanation":{"strategy":"least_loaded","team_id":"TEAM","candidates":[{"staff_member_id":"AWAY","eligible":false,"reason":"away","active_cases":0,"max_active_cases":null},{"staff_member_id":"FULL","eligible":false,"reason":"at_capacity","active_cases":1,"max_active_cases":1},{"staff_member_id":"BUSY","eligible":true,"reason":"more_loaded","active_cases":2,"max_active_cases":null},{"staff_member_id":"FREE","eligible":true,"reason":"chosen","active_cases":0,"max_active_cases":null}]}},"created_at":"T"}
                ,{"id":"EVT","type":"case.assigned","actor":{"type":"api_key","id":"KEY"},"data":{
                "previous_assignee":{"type":"staff_member","id":"FREE"},"assignee":{"type":"team","id":"TEAM"},"strategy":"team_queue","notified":["FULL","BUSY","FREE"],
                "explanation":{"strategy":"team_queue","team_id":"TEAM","candidates":[]}},"created_at":"T"}
                ,{"id":"EVT","type":"case.assigned","actor":{"type":"api_key","id":"KEY"},"data":{
                "previous_assignee":{"type":"team","id":"TEAM"},"assignee":{"type":"staff_member","id":"FREE"},
                "explanation":{"strategy":"direct","team_id":null,"candidates":[]}},"created_at":"T"}
                ,{"id":"EVT","type":"case.unassigned","actor":{"type":"api_key","id":"KEY"},"data":{
                "previous_assignee":{"type":"staff_member","id":"FREE"}},"created_at":"T"}
                ,{"id":"EVT","type":"case.resolved","actor":{"type":"api_key","id":"KEY"},"data":{
                "changes":{"status":{"from":"open","to":"resolved"},"resolution":{"from":null,"to":"fraud"},"priority":{"from":"low","to":"high"},"tags":{"from":[],"to":["a"]},"attributes":{"from":{},"to":{"n":1.5,"x":[true,null]}}}},"created_at":"T"}
                ,{"id":"EVT","type":"case.reopened","actor":{"type":"api_key","id":"KEY"},"data":{
                "changes":{"status":{"from":"resolved","to":"open"},"resolution":{"from":"fraud","to":null}}},"created_at":"T"}],"next_cursor":null}""".replace("\n", ""));
    }
}
