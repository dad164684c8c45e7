package io.casework.adapters.web.workflows;

import io.casework.application.port.in.WorkflowDraft;
import io.casework.domain.cases.CaseType;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The editor's one form, posted whole: the workflow's name, trigger and ordered steps. Read from the posted fields
 * ({@code steps[0].assignee_id}, ...) or from a stored draft, changed by the editor's operations (add, move,
 * remove), and turned into the {@link WorkflowDraft} the use cases take.
 */
final class EditorForm {
    static final String CASE_CREATED = "case.created";
    static final String MANUAL = "manual";
    static final String CASE_SLA_BREACHED = "case.sla_breached";

    String name = "";
    String event = CASE_CREATED;
    String caseTypes = "";
    /** The workflow's version the form was read from, to refuse overwriting someone else's save; empty if new. */
    OptionalLong version = OptionalLong.empty();
    final List<StepForm> steps = new ArrayList<>();

    static EditorForm blank() {
        return new EditorForm();
    }

    static EditorForm of(Workflow workflow) {
        EditorForm form = new EditorForm();
        form.name = workflow.name();
        form.event = switch (workflow.trigger().event()) {
            case MANUAL -> MANUAL;
            case CASE_SLA_BREACHED -> CASE_SLA_BREACHED;
            case CASE_CREATED -> CASE_CREATED;
            case ASSIGNEE_UNAVAILABLE -> throw new IllegalStateException("a run's event, never a workflow's trigger");
        };
        form.caseTypes = workflow.trigger().caseTypes().stream().map(CaseType::value).collect(Collectors.joining(", "));
        form.version = OptionalLong.of(workflow.version());
        workflow.steps().forEach(step -> form.steps.add(StepForm.of(step)));
        return form;
    }

    /**
     * The posted form. A step of a type the editor does not know keeps the config {@code stored} (the workflow as
     * saved, if any) has for it; a posted step of an unknown type that is not in it is a bad request.
     */
    static EditorForm read(MultivaluedMap<String, String> posted, Optional<Workflow> stored) {
        EditorForm form = new EditorForm();
        form.name = value(posted, "name");
        String postedEvent = value(posted, "trigger_event");
        form.event = MANUAL.equals(postedEvent) || CASE_SLA_BREACHED.equals(postedEvent) ? postedEvent : CASE_CREATED;
        form.caseTypes = value(posted, "case_types");
        String version = value(posted, "version");
        if (version.matches("[0-9]{1,18}")) {
            form.version = OptionalLong.of(Long.parseLong(version));
        }
        // every posted step, however many (Jetty bounds a form's fields): saving names a draft over the limit
        for (int i = 0; posted.containsKey(field(i, "type")); i++) {
            form.steps.add(readStep(posted, i, stored));
        }
        return form;
    }

    private static StepForm readStep(MultivaluedMap<String, String> posted, int i, Optional<Workflow> stored) {
        String type = value(posted, field(i, "type"));
        StepForm step = new StepForm(value(posted, field(i, "id")), type);
        if (StepCatalog.of(type).isEmpty()) {
            StepDefinition kept = stored.flatMap(w -> w.steps().stream()
                            .filter(s -> s.type().equals(type) && s.id().equals(step.id)).findFirst())
                    .orElseThrow(() -> new BadRequestException("unknown step type " + type));
            step.otherConfig = kept.config();
        }
        step.assigneeType = StepForm.TEAM.equals(value(posted, field(i, "assignee_type")))
                ? StepForm.TEAM : StepForm.INDIVIDUAL;
        step.assigneeId = value(posted, field(i, "assignee_id"));
        step.teamStrategy = value(posted, field(i, "team_strategy"));
        step.priority = value(posted, field(i, "priority"));
        step.continueOnError = posted.containsKey(field(i, "continue_on_error"));
        step.whenField = value(posted, field(i, "when_field"));
        String op = value(posted, field(i, "when_op"));
        step.whenOp = op.isEmpty() ? step.whenOp : op;
        step.whenValue = value(posted, field(i, "when_value"));
        return step;
    }

    static String field(int index, String name) {
        return "steps[" + index + "]." + name;
    }

    private static String value(MultivaluedMap<String, String> posted, String name) {
        String value = posted.getFirst(name);
        return value == null ? "" : value;
    }

    /** Adds a new step of this type at the end, with the first free id; returns its index. */
    int add(StepCatalog type) {
        steps.add(new StepForm(type.newId(steps.stream().map(s -> s.id).toList()), type.type()));
        return steps.size() - 1;
    }

    /** Moves the step at {@code index} by {@code by} places, if it can; returns its new index. */
    int move(int index, int by) {
        int target = index + by;
        if (target < 0 || target >= steps.size()) {
            return index;
        }
        steps.add(target, steps.remove(index));
        return target;
    }

    void remove(int index) {
        steps.remove(index);
    }

    /**
     * The draft to save, or empty with {@code errors} filled (by field path, as the use cases name them) when the
     * form itself is wrong: no name, a malformed case type, a half-written condition.
     */
    Optional<WorkflowDraft> toDraft(Map<String, String> errors) {
        Map<String, String> found = new LinkedHashMap<>();
        if (name.isBlank()) {
            found.put("name", "is required");
        } else if (name.strip().length() > 200) {
            found.put("name", "must be at most 200 characters");
        }
        List<CaseType> types = new ArrayList<>();
        for (String raw : caseTypes.split(",")) {
            if (raw.isBlank()) {
                continue;
            }
            try {
                types.add(new CaseType(raw.strip()));
            } catch (InvalidValueException e) {
                found.put("trigger.case_types", "\u201c" + raw.strip() + "\u201d " + e.getMessage());
            }
        }
        List<StepDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            definitions.add(steps.get(i).toDefinition(i, found));
        }
        errors.putAll(found);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        Trigger trigger = new Trigger(MANUAL.equals(event) ? Trigger.Event.MANUAL
                : CASE_SLA_BREACHED.equals(event) ? Trigger.Event.CASE_SLA_BREACHED : Trigger.Event.CASE_CREATED, types);
        return Optional.of(new WorkflowDraft(name.strip(), trigger, definitions));
    }
}
