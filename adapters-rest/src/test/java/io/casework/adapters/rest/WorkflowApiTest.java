package io.casework.adapters.rest;

import static io.casework.adapters.rest.OpenApiDocumentTest.requiredFields;
import static io.casework.adapters.rest.StaffMemberApiTest.fieldNames;
import static io.casework.adapters.rest.StaffMemberApiTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.ApiClient.Reply;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Workflows as API.md "Workflows" states them: drafts saved by shape, published as immutable versions. */
@ExtendWith(DropwizardExtensionsSupport.class)
class WorkflowApiTest {
    private static final TestApi API = new TestApi();
    static final ResourceExtension RESOURCES = API.resources;
    private static final AtomicInteger EMAILS = new AtomicInteger();

    private final ApiClient client = API.newOrganization();

    /** The contract's example, routing to {@code teamId}. */
    static String routeToTeam(String teamId) {
        return """
                {"name": "Route account takeovers",
                 "trigger": {"event": "case.created", "case_types": ["account_takeover"]},
                 "steps": [
                   {"id": "assign_ato_team", "type": "assign_case",
                    "config": {"case": "trigger.case", "assignee_type": "team", "assignee_id": "%s",
                               "team_strategy": "round_robin"},
                    "continue_on_error": false}
                 ]}""".formatted(teamId);
    }

    static String team(ApiClient as) {
        String member = as.post("/v1/staff-members",
                "{\"email\":\"w" + EMAILS.incrementAndGet() + "@example.com\",\"name\":\"W\"}").id();
        return as.post("/v1/teams", "{\"name\":\"Reviewers\",\"member_ids\":[\"" + member + "\"]}").id();
    }

    private String draftOfTheContract() {
        return client.post("/v1/workflows", routeToTeam(team(client))).id();
    }

    private String published() {
        String workflow = draftOfTheContract();
        client.post("/v1/workflows/" + workflow + "/publish");
        return workflow;
    }

    @Test
    void createAnswers201WithTheDraftOfTheContract() {
        String team = team(client);

        Reply reply = client.post("/v1/workflows", routeToTeam(team));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.etag()).isEqualTo("\"1\"");
        JsonNode workflow = reply.json();
        assertThat(fieldNames(workflow)).containsExactly("id", "name", "status", "draft", "published_version",
                "created_at", "updated_at", "version").containsExactlyElementsOf(requiredFields("Workflow"));
        assertThat(workflow.get("id").asText()).startsWith("wfl_");
        assertThat(workflow.get("name").asText()).isEqualTo("Route account takeovers");
        assertThat(workflow.get("status").asText()).isEqualTo("draft");
        assertThat(workflow.get("published_version").isNull()).isTrue();
        assertThat(workflow.get("version").asLong()).isEqualTo(1);
        assertThat(fieldNames(workflow.get("draft"))).containsExactly("trigger", "steps");
        assertThat(workflow.at("/draft/trigger/event").asText()).isEqualTo("case.created");
        assertThat(workflow.at("/draft/trigger/case_types/0").asText()).isEqualTo("account_takeover");
        JsonNode step = workflow.at("/draft/steps/0");
        assertThat(fieldNames(step)).containsExactly("id", "type", "config", "continue_on_error", "when");
        assertThat(step.get("id").asText()).isEqualTo("assign_ato_team");
        assertThat(step.get("type").asText()).isEqualTo("assign_case");
        assertThat(step.at("/config/assignee_id").asText()).isEqualTo(team);
        assertThat(step.at("/config/team_strategy").asText()).isEqualTo("round_robin");
        assertThat(step.get("continue_on_error").asBoolean()).isFalse();
        assertThat(step.get("when").isNull()).isTrue();
    }

    @Test
    void aStepConfigIsKeptExactlyAsSent() {
        String config = "{\"n\":100.0,\"ratio\":1.50,\"huge\":1e400,\"big\":123456789012345678901234567890,"
                + "\"nested\":{\"list\":[1,{\"deep\":null},\"x\"],\"flag\":true}}";

        Reply reply = client.post("/v1/workflows", "{\"name\":\"Later\",\"trigger\":{\"event\":\"manual\"},"
                + "\"steps\":[{\"id\":\"s\",\"type\":\"not_yet_known\",\"config\":" + config + "}]}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body()).contains("\"config\":{\"n\":100.0,\"ratio\":1.50,\"huge\":1E+400,"
                + "\"big\":123456789012345678901234567890,\"nested\":{\"list\":[1,{\"deep\":null},\"x\"],\"flag\":true}}");
    }

    @Test
    void anUnfinishedDraftIsKept() {
        Reply reply = client.post("/v1/workflows", "{\"name\":\"WIP\",\"trigger\":{\"event\":\"manual\"},"
                + "\"steps\":[{\"id\":\"Not An Id!\",\"type\":\"assign_case\"}]}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().at("/draft/trigger/case_types")).isEmpty();
        assertThat(reply.json().at("/draft/steps/0/config")).isEmpty();
        assertThat(client.post("/v1/workflows", "{\"name\":\"Empty\",\"trigger\":{\"event\":\"manual\"},"
                + "\"steps\":[]}").status()).isEqualTo(201);
    }

    @Test
    void aWorkflowCanBeTriggeredByAnSlaBreachAndItsRunsSaySo() {
        String workflow = client.post("/v1/workflows", routeToTeam(team(client))
                .replace("\"case.created\"", "\"case.sla_breached\"")).id();
        client.post("/v1/workflows/" + workflow + "/publish");
        client.put("/v1/sla-policies", "{\"policies\":[{\"case_types\":null,\"priority\":null,"
                + "\"first_response_minutes\":1,\"resolution_minutes\":60}]}");
        String caseId = client.post("/v1/cases", "{\"case_type\":\"account_takeover\"}").id();
        assertThat(client.get("/v1/workflow-runs?case_id=" + caseId).json().get("data")).as("not on creation")
                .isEmpty();

        API.clock.advance(Duration.ofMinutes(2));
        API.casework.useCases.slaBreaches().fireDue();

        JsonNode stored = client.get("/v1/workflows/" + workflow).json();
        assertThat(stored.at("/draft/trigger/event").asText()).isEqualTo("case.sla_breached");
        JsonNode runs = client.get("/v1/workflow-runs?case_id=" + caseId).json().get("data");
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).at("/trigger/event").asText()).isEqualTo("case.sla_breached");
    }

    @Test
    void everyShapeErrorIsNamedAtOnce() {
        Reply reply = client.post("/v1/workflows", """
                {"id": "wfl_mine",
                 "trigger": {"event": "case.updated", "case_types": [5, "Bad Type"], "types": []},
                 "steps": [
                   {"id": 7, "type": "assign_case", "continue_on_error": "yes",
                    "when": {"field": "case.priority", "op": "like", "value": "high", "negate": true}},
                   "assign everyone",
                   {"type": ["assign_case"], "config": [], "description": "no id"}
                 ]}""");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("validation_failed");
        assertThat(reply.errorFields()).containsExactlyInAnyOrder("id", "name", "trigger.types", "trigger.event",
                "trigger.case_types[0]", "trigger.case_types[1]", "steps[0].id", "steps[0].continue_on_error",
                "steps[0].when.negate", "steps[0].when.op", "steps[1]", "steps[2].description", "steps[2].id",
                "steps[2].type", "steps[2].config");
    }

    /** A case type that does not parse must not leave a hole in the trigger: it was a 500. */
    @Test
    void aBadCaseTypeInAnOtherwiseValidTriggerIsNamed() {
        Reply reply = client.post("/v1/workflows", """
                {"name": "x", "trigger": {"event": "case.created", "case_types": ["", "ok", "Has Space"]},
                 "steps": []}""");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly("trigger.case_types[0]", "trigger.case_types[2]");
    }

    @Test
    void theTriggerAndTheStepsAreRequired() {
        Reply missing = client.post("/v1/workflows", "{\"name\":\"X\"}");
        Reply empty = client.post("/v1/workflows", "{\"name\":\"X\",\"trigger\":{},\"steps\":{}}");
        Reply nulls = client.post("/v1/workflows", "{\"name\":null,\"trigger\":null,\"steps\":null}");

        assertThat(missing.errorFields()).containsExactly("trigger", "steps");
        assertThat(empty.errorFields()).containsExactly("trigger.event", "steps");
        assertThat(nulls.errorFields()).containsExactly("name", "trigger", "steps");
    }

    @Test
    void aNameIsRequiredAndAtMost200Characters() {
        String rest = ",\"trigger\":{\"event\":\"manual\"},\"steps\":[]}";

        assertThat(client.post("/v1/workflows", "{\"name\":\"\"" + rest).errorFields()).containsExactly("name");
        assertThat(client.post("/v1/workflows", "{\"name\":\"  \"" + rest).errorFields()).containsExactly("name");
        assertThat(client.post("/v1/workflows", "{\"name\":\"" + "n".repeat(201) + "\"" + rest).errorFields())
                .containsExactly("name");
        assertThat(client.post("/v1/workflows", "{\"name\":\"" + "n".repeat(200) + "\"" + rest).status())
                .isEqualTo(201);
    }

    @Test
    void aConditionNeedsAFieldAnOperatorAndAValue() {
        Reply empty = client.post("/v1/workflows", withCondition("{}"));
        Reply notAList = client.post("/v1/workflows",
                withCondition("{\"field\":\"case.case_type\",\"op\":\"in\",\"value\":\"fraud\"}"));
        Reply unknownField = client.post("/v1/workflows",
                withCondition("{\"field\":\"case.colour\",\"op\":\"eq\",\"value\":\"red\"}"));
        Reply nullValue = client.post("/v1/workflows",
                withCondition("{\"field\":\"case.attributes.country\",\"op\":\"eq\",\"value\":null}"));
        Reply list = client.post("/v1/workflows",
                withCondition("{\"field\":\"case.priority\",\"op\":\"in\",\"value\":[\"high\",\"urgent\"]}"));

        assertThat(empty.errorFields()).containsExactly("steps[0].when.field", "steps[0].when.op",
                "steps[0].when.value");
        assertThat(notAList.errorFields()).containsExactly("steps[0].when.value");
        assertThat(unknownField.errorFields()).containsExactly("steps[0].when.field");
        assertThat(nullValue.status()).isEqualTo(201);
        assertThat(nullValue.json().at("/draft/steps/0/when").has("value")).isTrue();
        assertThat(list.status()).isEqualTo(201);
        assertThat(list.json().at("/draft/steps/0/when/op").asText()).isEqualTo("in");
        assertThat(list.json().at("/draft/steps/0/when/value/1").asText()).isEqualTo("urgent");
    }

    @Test
    void eachStepTypeChecksTheShapeOfItsConfigOnSave() {
        Reply reply = client.post("/v1/workflows", "{\"name\":\"X\",\"trigger\":{\"event\":\"manual\"},\"steps\":["
                + "{\"id\":\"a\",\"type\":\"assign_case\",\"config\":{\"assignee_type\":\"squad\","
                + "\"team_strategy\":\"random\",\"colour\":\"red\"}},"
                + "{\"id\":\"b\",\"type\":\"set_case_priority\",\"config\":{\"priority\":\"critical\"}}]}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactlyInAnyOrder("steps[0].config.colour",
                "steps[0].config.assignee_type", "steps[0].config.team_strategy", "steps[1].config.priority");
    }

    @Test
    void aBodyThatIsNotAJsonObjectIs400() {
        for (String body : new String[] {"[]", "\"draft\"", "null", ""}) {
            assertThat(client.post("/v1/workflows", body).status()).as(body).isEqualTo(400);
        }
        assertThat(client.put("/v1/workflows/" + draftOfTheContract() + "/draft", "[]").status()).isEqualTo(400);
    }

    @Test
    void aNulCharacterDeepInAStepConfigIsNamed() {
        Reply reply = client.post("/v1/workflows", "{\"name\":\"X\",\"trigger\":{\"event\":\"manual\"},\"steps\":["
                + "{\"id\":\"a\",\"type\":\"later\",\"config\":{\"note\":{\"lines\":[\"ok\",\"bad\\u0000\"]}}}]}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly("steps[0].config.note.lines[1]");
    }

    @Test
    void savingReplacesTheDraftAndKeepsTheNameWhenLeftOut() {
        String workflow = draftOfTheContract();

        Reply saved = client.put("/v1/workflows/" + workflow + "/draft",
                "{\"trigger\":{\"event\":\"manual\"},\"steps\":[]}");
        Reply renamed = client.put("/v1/workflows/" + workflow + "/draft",
                "{\"name\":\"Manual only\",\"trigger\":{\"event\":\"manual\"},\"steps\":[]}");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.etag()).isEqualTo("\"2\"");
        assertThat(saved.json().get("name").asText()).isEqualTo("Route account takeovers");
        assertThat(saved.json().at("/draft/trigger/event").asText()).isEqualTo("manual");
        assertThat(saved.json().at("/draft/steps")).isEmpty();
        assertThat(saved.json().get("status").asText()).isEqualTo("draft");
        assertThat(renamed.json().get("name").asText()).isEqualTo("Manual only");
        assertThat(renamed.json().get("version").asLong()).isEqualTo(3);
        assertThat(client.get("/v1/workflows/" + workflow).json()).isEqualTo(renamed.json());
    }

    @Test
    void aDraftReadBackCanBeSavedAsItIs() {
        String workflow = client.post("/v1/workflows", withCondition(
                "{\"field\":\"case.attributes.risk\",\"op\":\"gte\",\"value\":80.50}")).id();
        JsonNode draft = client.get("/v1/workflows/" + workflow).json().get("draft");

        Reply saved = client.put("/v1/workflows/" + workflow + "/draft", draft.toString());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("draft")).isEqualTo(draft);
        assertThat(saved.body()).contains("\"value\":80.50");
    }

    @Test
    void savingChecksTheShapeAndHonoursIfMatch() {
        String workflow = draftOfTheContract();
        String draft = "{\"trigger\":{\"event\":\"manual\"},\"steps\":[]}";

        Reply unknown = client.put("/v1/workflows/" + workflow + "/draft", "{\"trigger\":{\"event\":\"manual\"},"
                + "\"steps\":[],\"status\":\"published\"}");
        Reply stale = client.put("/v1/workflows/" + workflow + "/draft", draft, "\"2\"");
        Reply malformed = client.put("/v1/workflows/" + workflow + "/draft", draft, "2");
        Reply current = client.put("/v1/workflows/" + workflow + "/draft", draft, "\"1\"");

        assertThat(unknown.errorFields()).containsExactly("status");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("precondition_failed");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.etag()).isEqualTo("\"2\"");
    }

    @Test
    void publishingFreezesTheDraftAsVersion1() {
        String workflow = draftOfTheContract();

        Reply published = client.post("/v1/workflows/" + workflow + "/publish");
        Reply version = client.get("/v1/workflows/" + workflow + "/versions/1");

        assertThat(published.status()).isEqualTo(200);
        assertThat(published.etag()).isEqualTo("\"2\"");
        assertThat(published.json().get("status").asText()).isEqualTo("published");
        assertThat(published.json().get("published_version").asInt()).isEqualTo(1);
        assertThat(version.status()).isEqualTo(200);
        assertThat(fieldNames(version.json())).containsExactly("workflow_id", "version", "name", "trigger", "steps",
                "published_at").containsExactlyElementsOf(requiredFields("WorkflowVersion"));
        assertThat(version.json().get("workflow_id").asText()).isEqualTo(workflow);
        assertThat(version.json().get("version").asInt()).isEqualTo(1);
        assertThat(version.json().get("name").asText()).isEqualTo("Route account takeovers");
        assertThat(version.json().get("trigger")).isEqualTo(published.json().at("/draft/trigger"));
        assertThat(version.json().get("steps")).isEqualTo(published.json().at("/draft/steps"));
        assertThat(version.json().get("published_at").asText()).isEqualTo(published.json().get("updated_at").asText());
    }

    @Test
    void publishingNamesEveryProblemOfTheDraft() {
        String theirTeam = team(API.newOrganization());
        String workflow = client.post("/v1/workflows", """
                {"name": "Broken", "trigger": {"event": "manual"},
                 "steps": [
                   {"id": "Bad Id", "type": "assign_everyone"},
                   {"id": "assign", "type": "assign_case",
                    "config": {"case": "trigger.case", "assignee_type": "individual", "assignee_id": "stf_unknown",
                               "team_strategy": "round_robin"}},
                   {"id": "assign", "type": "assign_case", "config": {}},
                   {"id": "theirs", "type": "assign_case",
                    "config": {"case": "trigger.case", "assignee_type": "team", "assignee_id": "%s"}}
                 ]}""".formatted(theirTeam)).id();

        Reply reply = client.post("/v1/workflows/" + workflow + "/publish");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("validation_failed");
        assertThat(reply.errorFields()).containsExactlyInAnyOrder("steps[0].id", "steps[0].type",
                "steps[1].config.team_strategy", "steps[1].config.assignee_id", "steps[2].id", "steps[2].config.case",
                "steps[2].config.assignee_type", "steps[2].config.assignee_id", "steps[3].config.assignee_id");
        assertThat(client.get("/v1/workflows/" + workflow).json().get("status").asText()).isEqualTo("draft");
        assertThat(client.get("/v1/workflows/" + workflow + "/versions").json().get("data")).isEmpty();
    }

    @Test
    void aWorkflowWithoutStepsCannotBePublished() {
        String workflow = client.post("/v1/workflows", "{\"name\":\"Empty\",\"trigger\":{\"event\":\"manual\"},"
                + "\"steps\":[]}").id();

        assertThat(client.post("/v1/workflows/" + workflow + "/publish").errorFields()).containsExactly("steps");
    }

    @Test
    void aSavedDraftDoesNotChangeThePublishedVersionUntilPublished() {
        String workflow = published();

        Reply saved = client.put("/v1/workflows/" + workflow + "/draft",
                "{\"name\":\"Renamed\",\"trigger\":{\"event\":\"manual\"},\"steps\":[]}");
        String v1 = client.get("/v1/workflows/" + workflow + "/versions/1").body();
        client.put("/v1/workflows/" + workflow + "/draft", routeToTeam(team(client)));
        Reply republished = client.post("/v1/workflows/" + workflow + "/publish");

        assertThat(saved.json().get("status").asText()).isEqualTo("published");
        assertThat(saved.json().get("published_version").asInt()).isEqualTo(1);
        assertThat(v1).contains("\"name\":\"Route account takeovers\"").contains("\"event\":\"case.created\"");
        assertThat(republished.json().get("published_version").asInt()).isEqualTo(2);
        assertThat(client.get("/v1/workflows/" + workflow + "/versions/1").body()).isEqualTo(v1);
    }

    @Test
    void versionsAreListedNewestFirstInPages() {
        String workflow = published();
        client.post("/v1/workflows/" + workflow + "/publish");
        client.post("/v1/workflows/" + workflow + "/publish");

        Reply first = client.get("/v1/workflows/" + workflow + "/versions?limit=2");
        Reply second = client.get("/v1/workflows/" + workflow + "/versions?limit=2&cursor="
                + first.json().get("next_cursor").asText());

        assertThat(versionNumbers(first)).containsExactly(3, 2);
        assertThat(versionNumbers(second)).containsExactly(1);
        assertThat(second.json().get("next_cursor").isNull()).isTrue();
        assertThat(client.get("/v1/workflows/" + workflow + "/versions?limit=101").errorFields())
                .containsExactly("limit");
    }

    @Test
    void aVersionThatIsNotAPositiveIntegerOrNotPublishedIs404() {
        String workflow = published();

        for (String number : new String[] {"0", "-1", "01", "1.0", "one", "99999999999", "2"}) {
            Reply reply = client.get("/v1/workflows/" + workflow + "/versions/" + number);

            assertThat(reply.status()).as(number).isEqualTo(404);
            assertThat(reply.code()).isEqualTo("not_found");
        }
    }

    @Test
    void unpublishingStopsTheWorkflowAndKeepsItsVersions() {
        String workflow = published();
        String draft = draftOfTheContract();

        Reply unpublished = client.post("/v1/workflows/" + workflow + "/unpublish");
        Reply again = client.post("/v1/workflows/" + workflow + "/unpublish");
        Reply neverPublished = client.post("/v1/workflows/" + draft + "/unpublish");

        assertThat(unpublished.status()).isEqualTo(200);
        assertThat(unpublished.etag()).isEqualTo("\"3\"");
        assertThat(unpublished.json().get("status").asText()).isEqualTo("unpublished");
        assertThat(unpublished.json().get("published_version").asInt()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.etag()).isEqualTo("\"3\"");
        assertThat(neverPublished.json().get("status").asText()).isEqualTo("draft");
        assertThat(client.get("/v1/workflows/" + workflow + "/versions/1").status()).isEqualTo(200);
        assertThat(client.post("/v1/workflows/" + workflow + "/publish").json().get("published_version").asInt())
                .isEqualTo(2);
    }

    /** {@code count} valid steps, each raising the case's priority. */
    private static String steps(int count) {
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            steps.add("{\"id\":\"s" + i + "\",\"type\":\"set_case_priority\","
                    + "\"config\":{\"case\":\"trigger.case\",\"priority\":\"high\"}}");
        }
        return "[" + String.join(",", steps) + "]";
    }

    @Test
    void aWorkflowHoldsAtMost50Steps() {
        String trigger = "\"trigger\":{\"event\":\"manual\"}";

        Reply tooMany = client.post("/v1/workflows", "{\"name\":\"Long\"," + trigger + ",\"steps\":" + steps(51) + "}");
        Reply fifty = client.post("/v1/workflows", "{\"name\":\"Long\"," + trigger + ",\"steps\":" + steps(50) + "}");
        Reply savedTooMany = client.put("/v1/workflows/" + fifty.id() + "/draft",
                "{" + trigger + ",\"steps\":" + steps(51) + "}");
        Reply published = client.post("/v1/workflows/" + fifty.id() + "/publish");

        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.code()).isEqualTo("validation_failed");
        assertThat(tooMany.errorFields()).containsExactly("steps");
        assertThat(tooMany.json().at("/errors/0/message").asText()).contains("at most 50 in a workflow");
        assertThat(fifty.status()).isEqualTo(201);
        assertThat(savedTooMany.status()).isEqualTo(422);
        assertThat(savedTooMany.errorFields()).containsExactly("steps");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().at("/draft/steps")).hasSize(50);
    }

    @Test
    void aDraftNeverPublishedIsDeleted() {
        String draft = draftOfTheContract();

        Reply deleted = client.delete("/v1/workflows/" + draft);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(client.get("/v1/workflows/" + draft).status()).isEqualTo(404);
        assertThat(client.delete("/v1/workflows/" + draft).status()).isEqualTo(404);
        assertThat(ids(client.get("/v1/workflows"))).doesNotContain(draft);
    }

    @Test
    void aWorkflowThatWasPublishedIsNotDeletedButToldToBeArchived() {
        String published = published();
        String unpublished = published();
        client.post("/v1/workflows/" + unpublished + "/unpublish");

        for (String workflow : List.of(published, unpublished)) {
            Reply reply = client.delete("/v1/workflows/" + workflow);

            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.code()).isEqualTo("workflow_was_published");
            assertThat(reply.json().get("detail").asText()).contains("archive it");
            assertThat(client.get("/v1/workflows/" + workflow).status()).isEqualTo(200);
        }
    }

    @Test
    void archivingKeepsTheWorkflowReadableAndItsDraftFrozen() {
        String workflow = published();

        Reply archived = client.post("/v1/workflows/" + workflow + "/archive");
        Reply again = client.post("/v1/workflows/" + workflow + "/archive");

        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.etag()).isEqualTo("\"3\"");
        assertThat(archived.json().get("status").asText()).isEqualTo("archived");
        assertThat(archived.json().get("published_version").asInt()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.etag()).isEqualTo("\"3\"");
        assertThat(client.get("/v1/workflows/" + workflow).json().get("status").asText()).isEqualTo("archived");
        assertThat(ids(client.get("/v1/workflows"))).contains(workflow);
        assertThat(client.get("/v1/workflows/" + workflow + "/versions/1").status()).isEqualTo(200);
        Reply publish = client.post("/v1/workflows/" + workflow + "/publish");
        Reply save = client.put("/v1/workflows/" + workflow + "/draft",
                "{\"trigger\":{\"event\":\"manual\"},\"steps\":[]}");
        assertThat(publish.status()).isEqualTo(409);
        assertThat(publish.code()).isEqualTo("workflow_archived");
        assertThat(save.status()).isEqualTo(409);
        assertThat(save.code()).isEqualTo("workflow_archived");
        assertThat(client.post("/v1/workflows/" + workflow + "/unpublish").json().get("status").asText())
                .isEqualTo("archived");
        assertThat(client.delete("/v1/workflows/" + workflow).code()).isEqualTo("workflow_was_published");
    }

    @Test
    void idsOfAnotherTypeOrOrganizationAre404() {
        String theirs = API.newOrganization().post("/v1/workflows", "{\"name\":\"Theirs\",\"trigger\":"
                + "{\"event\":\"manual\"},\"steps\":[]}").id();
        String draft = "{\"trigger\":{\"event\":\"manual\"},\"steps\":[]}";

        for (String id : new String[] {theirs, "case_abc", "wfl_unknown", "wfl_"}) {
            String path = "/v1/workflows/" + id;
            assertThat(client.get(path).status()).as(id).isEqualTo(404);
            assertThat(client.put(path + "/draft", draft).status()).as(id).isEqualTo(404);
            assertThat(client.post(path + "/publish").status()).as(id).isEqualTo(404);
            assertThat(client.post(path + "/unpublish").status()).as(id).isEqualTo(404);
            assertThat(client.get(path + "/versions").status()).as(id).isEqualTo(404);
            assertThat(client.get(path + "/versions/1").status()).as(id).isEqualTo(404);
            assertThat(client.post(path + "/runs", "{\"case_id\":\"case_abc\"}").status()).as(id).isEqualTo(404);
        }
    }

    @Test
    void listIsNewestFirstInPagesAndSeesOnlyTheCallersOrganization() {
        ApiClient own = API.newOrganization();
        String body = "{\"name\":\"W\",\"trigger\":{\"event\":\"manual\"},\"steps\":[]}";
        String older = own.post("/v1/workflows", body).id();
        String newer = own.post("/v1/workflows", body).id();
        client.post("/v1/workflows", body);

        Reply first = own.get("/v1/workflows?limit=1");
        Reply second = own.get("/v1/workflows?limit=1&cursor=" + first.json().get("next_cursor").asText());

        assertThat(ids(first)).containsExactly(newer);
        assertThat(ids(second)).containsExactly(older);
        assertThat(second.json().get("next_cursor").isNull()).isTrue();
        assertThat(own.get("/v1/workflows?limit=x").errorFields()).containsExactly("limit");
    }

    @Test
    void createAndPublishAreIdempotentWithAKey() {
        String body = routeToTeam(team(client));

        Reply first = client.post("/v1/workflows", body, "create-1");
        Reply retry = client.post("/v1/workflows", body, "create-1");
        Reply published = client.post("/v1/workflows/" + first.id() + "/publish", null, "publish-1");
        Reply republished = client.post("/v1/workflows/" + first.id() + "/publish", null, "publish-1");

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.replayed()).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.etag()).isEqualTo(first.etag());
        assertThat(republished.body()).isEqualTo(published.body());
        assertThat(client.get("/v1/workflows/" + first.id()).json().get("published_version").asInt()).isEqualTo(1);
        assertThat(client.post("/v1/workflows", routeToTeam("team_other"), "create-1").code())
                .isEqualTo("idempotency_key_reused");
    }

    @Test
    void oddDraftsNeverCauseAServerError() {
        String workflow = draftOfTheContract();
        String[] bodies = {"{}", "{\"name\":{},\"trigger\":[],\"steps\":\"all\"}",
            "{\"trigger\":{\"event\":null,\"case_types\":[null,[],{}]},\"steps\":[null,1,[],{}]}",
            "{\"trigger\":{\"event\":\"manual\",\"case_types\":\"fraud\"},\"steps\":[{\"when\":[]}]}",
            "{\"trigger\":{\"event\":5},\"steps\":[{\"id\":\"\",\"type\":\"\",\"config\":{\"x\":1e99999}}]}",
            "{\"trigger\":{\"event\":\"manual\"},\"steps\":[{\"id\":\"a\",\"type\":\"assign_case\","
                + "\"config\":{\"case\":1,\"assignee_type\":[],\"assignee_id\":{},\"team_strategy\":null},"
                + "\"when\":{\"field\":\"\",\"op\":\"in\",\"value\":{}}}]}",
            "{\"trigger\":{\"event\":\"manual\"},\"steps\":[{\"id\":\"a\",\"type\":\"assign_case\","
                + "\"config\":{\"assignee_type\":\"team\",\"assignee_id\":\"stf_x\"},"
                + "\"when\":{\"field\":\"case.attributes.\",\"op\":\"gte\",\"value\":[1]}}]}"};
        for (String body : bodies) {
            assertThat(client.post("/v1/workflows", body).status()).as("POST %s", body).isBetween(200, 499);
            assertThat(client.put("/v1/workflows/" + workflow + "/draft", body).status()).as("PUT %s", body)
                    .isBetween(200, 499);
            assertThat(client.post("/v1/workflows/" + workflow + "/publish").status()).as("publish after %s", body)
                    .isBetween(200, 499);
        }
    }

    private static String withCondition(String when) {
        return "{\"name\":\"Conditional\",\"trigger\":{\"event\":\"manual\"},\"steps\":[{\"id\":\"raise\","
                + "\"type\":\"set_case_priority\",\"config\":{\"case\":\"trigger.case\",\"priority\":\"urgent\"},"
                + "\"when\":" + when + "}]}";
    }

    private static List<Integer> versionNumbers(Reply list) {
        List<Integer> numbers = new ArrayList<>();
        list.json().get("data").forEach(version -> numbers.add(version.get("version").asInt()));
        return numbers;
    }
}
