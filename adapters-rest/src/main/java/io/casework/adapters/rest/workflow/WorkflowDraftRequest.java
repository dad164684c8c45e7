package io.casework.adapters.rest.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.dto.Violations;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.domain.cases.CaseType;
import io.casework.domain.workflow.Condition;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A workflow draft as sent to create a workflow or to save its draft. Read as a tree, so that one 422 names every
 * unknown, missing or mistyped field, down to {@code steps[0].when.op}. Only the JSON shape is checked here: the
 * services check each step type's config, and publishing checks everything else (step ids and types, assignees).
 */
public final class WorkflowDraftRequest {
    private static final Set<String> FIELDS = Set.of("name", "trigger", "steps");
    private static final Set<String> TRIGGER_FIELDS = Set.of("event", "case_types");
    private static final Set<String> STEP_FIELDS = Set.of("id", "type", "config", "continue_on_error", "when");
    private static final Set<String> CONDITION_FIELDS = Set.of("field", "op", "value");
    private static final int MAX_NAME_LENGTH = 200;

    private WorkflowDraftRequest() {
    }

    /** The body of {@code POST /v1/workflows}, which must name the workflow. */
    public static WorkflowDraft toNewDraft(JsonNode body) {
        return read(body, true);
    }

    /** The body of {@code PUT /v1/workflows/{id}/draft}; without a name the workflow keeps its own. */
    public static WorkflowDraft toDraft(JsonNode body) {
        return read(body, false);
    }

    private static WorkflowDraft read(JsonNode body, boolean nameRequired) {
        Violations violations = new Violations();
        JsonFields draft = JsonFields.body(body, FIELDS, violations);
        String name = nameRequired ? draft.requiredString("name") : draft.optionalString("name");
        // the workflow's own rule, checked here too so that it is listed with the other errors
        if (name != null && (name.isBlank() || name.length() > MAX_NAME_LENGTH)) {
            draft.error("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        Optional<Trigger> trigger = draft.requiredObject("trigger", TRIGGER_FIELDS)
                .flatMap(WorkflowDraftRequest::trigger);
        List<Optional<StepDefinition>> steps = draft.requiredObjects("steps", STEP_FIELDS).stream()
                .map(WorkflowDraftRequest::step).toList();
        violations.throwIfAny();
        // whatever could not be built has recorded why, so with no violations everything is present
        return new WorkflowDraft(name, trigger.orElseThrow(), steps.stream().map(Optional::orElseThrow).toList());
    }

    private static Optional<Trigger> trigger(JsonFields trigger) {
        Trigger.Event event = trigger.requiredString("event", WorkflowWireNames::event);
        List<CaseType> caseTypes = trigger.optionalStrings("case_types", CaseType::new);
        return Optional.ofNullable(event).map(e -> new Trigger(e, caseTypes));
    }

    /** Empty when the step is too broken to build; its errors are recorded. */
    private static Optional<StepDefinition> step(JsonFields step) {
        String id = step.requiredString("id");
        String type = step.requiredString("type");
        Map<String, Object> config = step.optionalFreeObject("config");
        boolean continueOnError = step.optionalBoolean("continue_on_error", false);
        Optional<JsonFields> when = step.optionalObject("when", CONDITION_FIELDS);
        Optional<Condition> condition = when.flatMap(WorkflowDraftRequest::condition);
        if (id == null || type == null || (when.isPresent() && condition.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new StepDefinition(id, type, config, continueOnError, condition.orElse(null)));
    }

    private static Optional<Condition> condition(JsonFields when) {
        String field = when.requiredString("field");
        Condition.Op op = when.requiredString("op", WorkflowWireNames::op);
        Optional<JsonNode> value = when.requiredValue("value");
        if (op == Condition.Op.IN && value.isPresent() && !value.get().isArray()) {
            when.error("value", "must be an array with op in");
            return Optional.empty();
        }
        if (field == null || op == null || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Condition(field, op, JsonFields.toJava(value.get())));
    }
}
