package io.casework.adapters.web.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.adapters.web.page.Viewer;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.Condition;
import io.casework.domain.workflow.StepAction;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.dropwizard.views.mustache.MustacheViewRenderer;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The editor's form: read as posted, turned into a draft, read back from one, and its errors placed by path. */
class WorkflowEditorFormTest {
    private static final OrganizationId ORG = new OrganizationId("org_1");
    private static final Viewer VIEWER = new Viewer(ORG, new StaffMemberId("stf_9"), "Ada", true, "tok");
    private static final Assignees NO_ASSIGNEES = Assignees.of(ORG,
            (o, p) -> new io.casework.application.port.Page<>(List.of(), Optional.empty()),
            (o, p) -> new io.casework.application.port.Page<>(List.of(), Optional.empty()));

    @Test
    void aPostedFormBecomesTheDraftTheApiWouldTake() {
        MultivaluedMap<String, String> posted = form("name", " Route ATO ", "trigger_event", "case.created",
                "case_types", "account_takeover, onboarding",
                "steps[0].type", "assign_case", "steps[0].id", "assign_1", "steps[0].assignee_type", "team",
                "steps[0].assignee_id", "team_1", "steps[0].team_strategy", "round_robin",
                "steps[0].continue_on_error", "true", "steps[0].when_field", "case.attributes.amount",
                "steps[0].when_op", "gte", "steps[0].when_value", "1000",
                "steps[1].type", "assign_case", "steps[1].id", "assign_2", "steps[1].assignee_type", "individual",
                "steps[1].assignee_id", "stf_1", "steps[1].team_strategy", "least_loaded",
                "steps[2].type", "set_case_priority", "steps[2].id", "p", "steps[2].priority", "",
                "steps[2].when_field", "case.case_type", "steps[2].when_op", "in",
                "steps[2].when_value", "kyc, \"10\"");

        Map<String, String> errors = new LinkedHashMap<>();
        WorkflowDraft draft = EditorForm.read(posted, Optional.empty()).toDraft(errors).orElseThrow();

        assertThat(errors).isEmpty();
        assertThat(draft.name()).isEqualTo("Route ATO");
        assertThat(draft.trigger()).isEqualTo(new Trigger(Trigger.Event.CASE_CREATED,
                List.of(new CaseType("account_takeover"), new CaseType("onboarding"))));
        assertThat(draft.steps().get(0)).isEqualTo(new StepDefinition("assign_1", "assign_case",
                Map.of("case", "trigger.case", "assignee_type", "team", "assignee_id", "team_1",
                        "team_strategy", "round_robin"), true,
                new Condition("case.attributes.amount", Condition.Op.GTE, 1000L)));
        assertThat(draft.steps().get(1).config()).as("a team strategy is ignored for an individual")
                .isEqualTo(Map.of("case", "trigger.case", "assignee_type", "individual", "assignee_id", "stf_1"));
        assertThat(draft.steps().get(2).config()).as("an empty choice is left out, for publish to name")
                .isEqualTo(Map.of("case", "trigger.case"));
        assertThat(draft.steps().get(2).when().value()).isEqualTo(List.of("kyc", "10"));
        assertThat(draft.steps().get(2).continueOnError()).isFalse();
    }

    @Test
    void aStoredDraftReadsBackAsItWasTyped() {
        Workflow workflow = Workflow.draft(new WorkflowId("wfl_1"), ORG, "Route", new Trigger(Trigger.Event.MANUAL,
                List.of()), List.of(new StepDefinition("a", "set_case_priority", Map.of("case", "trigger.case",
                "priority", "urgent"), true, new Condition("case.tags", Condition.Op.IN, List.of("vip", "10")))),
                Instant.EPOCH);

        EditorForm form = EditorForm.of(workflow);

        assertThat(form.event).isEqualTo("manual");
        assertThat(form.steps.get(0).priority).isEqualTo("urgent");
        assertThat(form.steps.get(0).whenValue).isEqualTo("vip, \"10\"");
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(form.toDraft(errors).orElseThrow().steps()).isEqualTo(workflow.steps());
    }

    @Test
    void anSlaBreachTriggerIsChosenPostedAndReadBack() {
        MultivaluedMap<String, String> posted = form("name", "Escalate", "trigger_event", "case.sla_breached",
                "case_types", "account_takeover", "steps[0].type", "set_case_priority", "steps[0].id", "raise",
                "steps[0].priority", "urgent");
        Map<String, String> errors = new LinkedHashMap<>();

        WorkflowDraft draft = EditorForm.read(posted, Optional.empty()).toDraft(errors).orElseThrow();

        assertThat(draft.trigger()).isEqualTo(new Trigger(Trigger.Event.CASE_SLA_BREACHED,
                List.of(new CaseType("account_takeover"))));
        EditorForm stored = EditorForm.of(Workflow.draft(new WorkflowId("wfl_1"), ORG, "Escalate", draft.trigger(),
                draft.steps(), Instant.EPOCH));
        assertThat(stored.event).isEqualTo("case.sla_breached");
        assertThat(WorkflowListPage.describe(draft.trigger())).isEqualTo("SLA breached · account_takeover");
    }

    @Test
    void whatTheFormItselfCanTellIsWrongIsNamedByPath() {
        MultivaluedMap<String, String> posted = form("name", " ", "case_types", "Not A Type",
                "steps[0].type", "set_case_priority", "steps[0].id", "p", "steps[0].when_value", "x");
        Map<String, String> errors = new LinkedHashMap<>();

        assertThat(EditorForm.read(posted, Optional.empty()).toDraft(errors)).isEmpty();
        assertThat(errors).containsOnlyKeys("name", "trigger.case_types", "steps[0].when.field");
    }

    @Test
    void aStepOfAnUnknownTypeIsKeptOnlyAsStored() {
        MultivaluedMap<String, String> posted = form("name", "X", "steps[0].type", "launch_rocket", "steps[0].id", "a");
        assertThatThrownBy(() -> EditorForm.read(posted, Optional.empty())).isInstanceOf(BadRequestException.class);

        Workflow stored = Workflow.draft(new WorkflowId("wfl_1"), ORG, "X", new Trigger(Trigger.Event.MANUAL, List.of()),
                List.of(new StepDefinition("a", "launch_rocket", Map.of("fuel", 3), false, null)), Instant.EPOCH);
        assertThat(EditorForm.read(posted, Optional.of(stored)).toDraft(new LinkedHashMap<>()).orElseThrow().steps())
                .isEqualTo(stored.steps());
    }

    @Test
    void addingMovingAndRemovingStepsKeepsWhatEachHolds() {
        EditorForm form = EditorForm.blank();
        form.add(StepCatalog.ASSIGN_CASE);
        form.steps.get(0).assigneeId = "stf_1";
        assertThat(form.add(StepCatalog.SET_PRIORITY)).isEqualTo(1);
        assertThat(form.add(StepCatalog.ASSIGN_CASE)).isEqualTo(2);

        assertThat(form.steps).extracting(s -> s.id).containsExactly("assign_1", "set_priority_1", "assign_2");
        assertThat(form.move(0, 1)).isEqualTo(1);
        assertThat(form.move(2, 1)).as("the last step stays last").isEqualTo(2);
        form.remove(0);
        assertThat(form.steps).extracting(s -> s.id).containsExactly("assign_1", "assign_2");
        assertThat(form.steps.get(0).assigneeId).isEqualTo("stf_1");
    }

    @Test
    void anErrorIsShownNextToItsInputAndListedAtTheTop() {
        FieldErrors errors = new FieldErrors(Map.of("steps[0].config.assignee_id", "is required"));
        Workflow workflow = Workflow.draft(new WorkflowId("wfl_1"), ORG, "<script>alert(1)</script>",
                new Trigger(Trigger.Event.CASE_CREATED, List.of()), List.of(new StepDefinition("assign_1",
                        "assign_case", Map.of("case", "trigger.case", "assignee_type", "team"), false, null)),
                Instant.EPOCH);
        Viewer viewer = new Viewer(ORG, new StaffMemberId("stf_9"), "Ada", true, "tok");

        String html = render(new WorkflowEditorPage(viewer, workflow, EditorForm.of(workflow), errors,
                Assignees.of(ORG, (o, p) -> new io.casework.application.port.Page<>(List.of(), Optional.empty()),
                        (o, p) -> new io.casework.application.port.Page<>(List.of(), Optional.empty())), List.of()));

        assertThat(html).contains("<p class=\"field-error\" id=\"steps-0-assignee-error\">Assignee is required</p>",
                "<a href=\"#steps-0-assignee\">Step 1 \u00b7 Assignee</a>: is required",
                "<label for=\"steps-0-assignee-type\">Assignee Type</label>",
                "<label for=\"steps-0-team-strategy\">Team strategy</label>",
                "<summary>Advanced configuration</summary>", "name=\"csrf\" value=\"tok\"");
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aDraftOffersDeleteAPublishedWorkflowArchiveAndAnArchivedOneNeitherNorAnyChange() {
        Workflow workflow = Workflow.draft(new WorkflowId("wfl_1"), ORG, "Route",
                new Trigger(Trigger.Event.MANUAL, List.of()), List.of(new StepDefinition("raise",
                        "set_case_priority", Map.of("case", "trigger.case", "priority", "high"), false, null)),
                Instant.EPOCH);

        String draft = render(page(workflow));
        workflow.publish(List.of(new StepAction.SetCasePriority(Priority.HIGH)), Instant.EPOCH);
        String published = render(page(workflow));
        workflow.archive(Instant.EPOCH);
        String archived = render(page(workflow));

        assertThat(draft).contains("action=\"/workflows/wfl_1/delete\"", "can't be undone",
                "value=\"save\"").doesNotContain("/archive");
        assertThat(published).contains("action=\"/workflows/wfl_1/archive\"", "name=\"csrf\" value=\"tok\"")
                .doesNotContain("/delete");
        assertThat(archived).contains("This workflow is archived").doesNotContain("/archive\"", "/delete\"",
                "value=\"save\"", "value=\"publish\"", "value=\"add\"", "run-case-id");
    }

    @Test
    void addingIsOffOnceTheDraftHoldsFiftySteps() {
        EditorForm form = EditorForm.blank();
        for (int i = 0; i < Workflow.MAX_STEPS; i++) {
            form.add(StepCatalog.SET_PRIORITY);
        }

        String html = render(new WorkflowEditorPage(VIEWER, null, form, FieldErrors.none(), NO_ASSIGNEES, List.of()));

        assertThat(html).contains("A workflow holds at most 50 steps", "name=\"add_type\" disabled");
    }

    private static WorkflowEditorPage page(Workflow workflow) {
        return new WorkflowEditorPage(VIEWER, workflow, EditorForm.of(workflow), FieldErrors.none(), NO_ASSIGNEES,
                List.of());
    }

    private static MultivaluedMap<String, String> form(String... pairs) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static String render(WorkflowEditorPage page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MustacheViewRenderer().render(page, Locale.ENGLISH, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
