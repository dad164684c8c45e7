package io.casework.adapters.rest;

import static io.casework.adapters.rest.OpenApiDocumentTest.requiredFields;
import static io.casework.adapters.rest.StaffMemberApiTest.fieldNames;
import static io.casework.adapters.rest.StaffMemberApiTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.ApiClient.Reply;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Manual runs and the run log, as API.md "Workflows" and "Workflow runs" state them. */
@ExtendWith(DropwizardExtensionsSupport.class)
class WorkflowRunApiTest {
    private static final TestApi API = new TestApi();
    static final ResourceExtension RESOURCES = API.resources;
    private static final AtomicInteger EMAILS = new AtomicInteger();

    private final ApiClient client = API.newOrganization();

    private static String hire(ApiClient as) {
        return as.post("/v1/staff-members",
                "{\"email\":\"r" + EMAILS.incrementAndGet() + "@example.com\",\"name\":\"R\"}").id();
    }

    private static String openCase(ApiClient as, String caseType) {
        return as.post("/v1/cases", "{\"case_type\":\"" + caseType + "\"}").id();
    }

    /** A draft that assigns the case to one staff member, on the given trigger. */
    private static String draft(ApiClient as, String trigger, String staffMemberId) {
        return as.post("/v1/workflows", "{\"name\":\"To one reviewer\",\"trigger\":" + trigger + ",\"steps\":[{"
                + "\"id\":\"assign\",\"type\":\"assign_case\",\"config\":{\"case\":\"trigger.case\","
                + "\"assignee_type\":\"individual\",\"assignee_id\":\"" + staffMemberId + "\"}}]}").id();
    }

    private static String published(ApiClient as) {
        String workflow = draft(as, "{\"event\":\"manual\"}", hire(as));
        as.post("/v1/workflows/" + workflow + "/publish");
        return workflow;
    }

    private Reply run(String workflow, String caseId) {
        return client.post("/v1/workflows/" + workflow + "/runs", "{\"case_id\":\"" + caseId + "\"}");
    }

    @Test
    void aManualRunIsQueuedWith202() {
        String workflow = published(client);
        String caseId = openCase(client, "fraud");

        Reply reply = run(workflow, caseId);

        assertThat(reply.status()).isEqualTo(202);
        JsonNode run = reply.json();
        assertThat(fieldNames(run)).containsExactly("id", "workflow_id", "workflow_version", "trigger", "status",
                "steps", "created_at", "finished_at").containsExactlyElementsOf(requiredFields("WorkflowRun"));
        assertThat(run.get("id").asText()).startsWith("wfr_");
        assertThat(run.get("workflow_id").asText()).isEqualTo(workflow);
        assertThat(run.get("workflow_version").asInt()).isEqualTo(1);
        assertThat(run.at("/trigger/event").asText()).isEqualTo("manual");
        assertThat(run.at("/trigger/case_id").asText()).isEqualTo(caseId);
        assertThat(run.get("status").asText()).isEqualTo("queued");
        assertThat(run.get("steps")).isEmpty();
        assertThat(run.get("finished_at").isNull()).isTrue();
        assertThat(client.get("/v1/workflow-runs/" + run.get("id").asText()).body()).isEqualTo(reply.body());
    }

    @Test
    void aRunIsLoggedStepByStepOnceItRan() {
        String workflow = published(client);
        String caseId = openCase(client, "fraud");
        String runId = run(workflow, caseId).id();

        API.casework.drainRuns();
        JsonNode run = client.get("/v1/workflow-runs/" + runId).json();

        assertThat(run.get("status").asText()).isEqualTo("succeeded");
        assertThat(run.get("finished_at").isNull()).isFalse();
        JsonNode step = run.at("/steps/0");
        assertThat(fieldNames(step)).containsExactly("step_id", "type", "status", "error", "output", "started_at",
                "finished_at").containsExactlyElementsOf(requiredFields("StepRecord"));
        assertThat(step.get("step_id").asText()).isEqualTo("assign");
        assertThat(step.get("type").asText()).isEqualTo("assign_case");
        assertThat(step.get("status").asText()).isEqualTo("succeeded");
        assertThat(step.get("error").isNull()).isTrue();
        assertThat(step.at("/output/assignee/type").asText()).isEqualTo("staff_member");
        assertThat(step.get("started_at").isTextual()).isTrue();
        assertThat(client.get("/v1/cases/" + caseId).json().at("/assignee/assigned_by/id").asText()).isEqualTo(runId);
    }

    @Test
    void anAssignCaseStepTakesStaffMemberAsWellAsIndividual() {
        String reviewer = hire(client);
        String workflow = client.post("/v1/workflows", "{\"name\":\"As read\",\"trigger\":{\"event\":\"manual\"},"
                + "\"steps\":[{\"id\":\"assign\",\"type\":\"assign_case\",\"config\":{\"case\":\"trigger.case\","
                + "\"assignee_type\":\"staff_member\",\"assignee_id\":\"" + reviewer + "\"}}]}").id();
        Reply published = client.post("/v1/workflows/" + workflow + "/publish");
        String caseId = openCase(client, "fraud");
        String runId = run(workflow, caseId).id();

        API.casework.drainRuns();

        assertThat(published.status()).isEqualTo(200);
        assertThat(client.get("/v1/workflow-runs/" + runId).json().get("status").asText()).isEqualTo("succeeded");
        assertThat(client.get("/v1/cases/" + caseId).json().at("/assignee/id").asText()).isEqualTo(reviewer);
    }

    @Test
    void aFailedStepRecordsItsErrorAndFailsTheRun() {
        String reviewer = hire(client);
        String workflow = draft(client, "{\"event\":\"manual\"}", reviewer);
        client.post("/v1/workflows/" + workflow + "/publish");
        client.patch("/v1/staff-members/" + reviewer, "{\"availability\":\"away\"}");
        String runId = run(workflow, openCase(client, "fraud")).id();

        API.casework.drainRuns();
        JsonNode run = client.get("/v1/workflow-runs/" + runId).json();

        assertThat(run.get("status").asText()).isEqualTo("failed");
        assertThat(run.at("/steps/0/status").asText()).isEqualTo("failed");
        assertThat(run.at("/steps/0/error/code").asText()).isEqualTo("assignee_unavailable");
        assertThat(run.at("/steps/0/error/message").asText()).isNotBlank();
        assertThat(run.at("/steps/0/output")).isEmpty();
    }

    @Test
    void aWorkflowNeverPublishedOrUnpublishedCannotRun() {
        String caseId = openCase(client, "fraud");
        String draft = draft(client, "{\"event\":\"manual\"}", hire(client));
        String unpublished = published(client);
        client.post("/v1/workflows/" + unpublished + "/unpublish");

        Reply neverPublished = run(draft, caseId);
        Reply stopped = run(unpublished, caseId);

        assertThat(neverPublished.status()).isEqualTo(409);
        assertThat(neverPublished.code()).isEqualTo("conflict");
        assertThat(stopped.status()).isEqualTo(409);
        assertThat(client.get("/v1/workflow-runs?case_id=" + caseId).json().get("data")).isEmpty();
    }

    @Test
    void anArchivedWorkflowStartsNoRunAndKeepsItsRuns() {
        String workflow = draft(client, "{\"event\":\"case.created\",\"case_types\":[\"fraud\"]}", hire(client));
        client.post("/v1/workflows/" + workflow + "/publish");
        String before = openCase(client, "fraud");

        client.post("/v1/workflows/" + workflow + "/archive");
        String after = openCase(client, "fraud");
        Reply manual = run(workflow, after);

        assertThat(client.get("/v1/workflow-runs?case_id=" + after).json().get("data")).isEmpty();
        assertThat(manual.status()).isEqualTo(409);
        assertThat(manual.code()).isEqualTo("conflict");
        assertThat(ids(client.get("/v1/workflow-runs?workflow_id=" + workflow))).hasSize(1);
        assertThat(client.get("/v1/workflow-runs?case_id=" + before).json().at("/data/0/workflow_id").asText())
                .isEqualTo(workflow);
    }

    @Test
    void theCaseMustBeOneOfTheOrganization() {
        String workflow = published(client);
        String theirCase = openCase(API.newOrganization(), "fraud");
        String path = "/v1/workflows/" + workflow + "/runs";

        for (String caseId : new String[] {theirCase, "case_unknown", "stf_abc", ""}) {
            Reply reply = run(workflow, caseId);

            assertThat(reply.status()).as(caseId).isEqualTo(422);
            assertThat(reply.code()).isEqualTo("validation_failed");
            assertThat(reply.errorFields()).containsExactly("case_id");
        }
        assertThat(client.post(path, "{}").errorFields()).containsExactly("case_id");
        assertThat(client.post(path, "{\"case_id\":5}").errorFields()).containsExactly("case_id");
        assertThat(client.post(path, "{\"case_id\":\"" + theirCase + "\",\"version\":1}").errorFields())
                .containsExactly("version");
        assertThat(client.post(path, "[]").status()).isEqualTo(400);
    }

    @Test
    void aNewCaseStartsEachPublishedWorkflowItsTriggerMatches() {
        String workflow = draft(client, "{\"event\":\"case.created\",\"case_types\":[\"account_takeover\"]}",
                hire(client));
        client.post("/v1/workflows/" + workflow + "/publish");

        String matching = openCase(client, "account_takeover");
        String other = openCase(client, "onboarding");
        Reply runs = client.get("/v1/workflow-runs?case_id=" + matching);

        assertThat(runs.json().get("data")).hasSize(1);
        assertThat(runs.json().at("/data/0/trigger/event").asText()).isEqualTo("case.created");
        assertThat(runs.json().at("/data/0/workflow_id").asText()).isEqualTo(workflow);
        assertThat(client.get("/v1/workflow-runs?case_id=" + other).json().get("data")).isEmpty();
    }

    @Test
    void theListFiltersByWorkflowCaseAndStatus() {
        String first = published(client);
        String second = published(client);
        String caseA = openCase(client, "fraud");
        String caseB = openCase(client, "fraud");
        String firstOnA = run(first, caseA).id();
        String firstOnB = run(first, caseB).id();
        String secondOnA = run(second, caseA).id();
        API.casework.drainRuns();
        String queued = run(second, caseB).id();

        assertThat(ids(client.get("/v1/workflow-runs?workflow_id=" + first))).containsExactly(firstOnB, firstOnA);
        assertThat(ids(client.get("/v1/workflow-runs?case_id=" + caseA))).containsExactly(secondOnA, firstOnA);
        assertThat(ids(client.get("/v1/workflow-runs?workflow_id=" + second + "&case_id=" + caseA)))
                .containsExactly(secondOnA);
        assertThat(ids(client.get("/v1/workflow-runs?status=queued"))).containsExactly(queued);
        assertThat(ids(client.get("/v1/workflow-runs?status=succeeded&case_id=" + caseB)))
                .containsExactly(firstOnB);
        assertThat(ids(client.get("/v1/workflow-runs?workflow_id=wfl_unknown"))).isEmpty();
    }

    @Test
    void aBadFilterIs422NamingEachParameter() {
        Reply reply = client.get("/v1/workflow-runs?workflow_id=case_abc&case_id=wfl_abc&status=done&limit=0");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly("workflow_id", "case_id", "status", "limit");
        assertThat(client.get("/v1/workflow-runs?status=SUCCEEDED").errorFields()).containsExactly("status");
        assertThat(client.get("/v1/workflow-runs?status=").status()).isEqualTo(200);
        assertThat(client.get("/v1/workflow-runs?unknown=1&status=").errorFields()).containsExactly("unknown");
    }

    @Test
    void anotherOrganizationsRunIs404AndNeverListed() {
        ApiClient other = API.newOrganization();
        String theirWorkflow = published(other);
        String theirRun = other.post("/v1/workflows/" + theirWorkflow + "/runs",
                "{\"case_id\":\"" + openCase(other, "fraud") + "\"}").id();

        assertThat(client.get("/v1/workflow-runs/" + theirRun).status()).isEqualTo(404);
        assertThat(client.get("/v1/workflow-runs/" + theirRun).code()).isEqualTo("not_found");
        assertThat(client.get("/v1/workflow-runs/" + theirWorkflow).status()).isEqualTo(404);
        assertThat(client.get("/v1/workflow-runs/wfr_unknown").status()).isEqualTo(404);
        assertThat(client.get("/v1/workflow-runs?workflow_id=" + theirWorkflow).json().get("data")).isEmpty();
        assertThat(client.get("/v1/workflow-runs").json().get("data")).isEmpty();
    }

    @Test
    void theListIsNewestFirstInPages() {
        String workflow = published(client);
        String caseId = openCase(client, "fraud");
        String older = run(workflow, caseId).id();
        String newer = run(workflow, caseId).id();

        Reply first = client.get("/v1/workflow-runs?limit=1");
        Reply second = client.get("/v1/workflow-runs?limit=1&cursor=" + first.json().get("next_cursor").asText());

        assertThat(ids(first)).containsExactly(newer);
        assertThat(ids(second)).containsExactly(older);
        assertThat(second.json().get("next_cursor").isNull()).isTrue();
    }

    @Test
    void aManualRunIsIdempotentWithAKey() {
        String workflow = published(client);
        String body = "{\"case_id\":\"" + openCase(client, "fraud") + "\"}";

        Reply first = client.post("/v1/workflows/" + workflow + "/runs", body, "run-once");
        Reply retry = client.post("/v1/workflows/" + workflow + "/runs", body, "run-once");

        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.replayed()).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(client.get("/v1/workflow-runs?workflow_id=" + workflow).json().get("data")).hasSize(1);
    }
}
