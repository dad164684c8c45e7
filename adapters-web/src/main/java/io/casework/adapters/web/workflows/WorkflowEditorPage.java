package io.casework.adapters.web.workflows;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Section;
import io.casework.adapters.web.page.Viewer;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The editor of a workflow's draft: one form with its name, trigger and ordered steps, posted whole with an
 * {@code op} (save, publish, add, up/down/remove a step); beside it the published versions and a manual run.
 */
public final class WorkflowEditorPage extends PageView {
    private final Workflow workflow;
    private final EditorForm form;
    private final FieldErrors errors;
    private final Assignees assignees;
    private final List<WorkflowVersion> versions;
    private String notice;
    private String warning;
    private String addError;
    private String runCaseId = "";
    private String runError;
    private Integer focusStep;

    WorkflowEditorPage(Viewer viewer, Workflow workflow, EditorForm form, FieldErrors errors, Assignees assignees,
                       List<WorkflowVersion> versions) {
        super("workflow-editor.mustache", workflow == null ? "New workflow" : workflow.name(), Section.WORKFLOWS,
                viewer);
        this.workflow = workflow;
        this.form = form;
        this.errors = errors;
        this.assignees = assignees;
        this.versions = versions;
    }

    WorkflowEditorPage notice(String text) {
        this.notice = text;
        return this;
    }

    WorkflowEditorPage warning(String text) {
        this.warning = text;
        return this;
    }

    WorkflowEditorPage addError(String text) {
        this.addError = text;
        return this;
    }

    WorkflowEditorPage runError(String caseId, String text) {
        this.runCaseId = caseId;
        this.runError = text;
        return this;
    }

    /** The step the last operation added or moved, which the page scrolls to. */
    WorkflowEditorPage focus(int step) {
        this.focusStep = step;
        return this;
    }

    public String heading() {
        return workflow == null ? "New workflow" : workflow.name();
    }

    public boolean isNew() {
        return workflow == null;
    }

    public String workflowId() {
        return workflow == null ? null : workflow.id().value();
    }

    public String status() {
        return workflow == null ? null : workflow.status().name().toLowerCase(Locale.ROOT);
    }

    public Integer publishedVersion() {
        return workflow == null ? null : workflow.publishedVersion();
    }

    public boolean published() {
        return workflow != null && workflow.isPublished();
    }

    /** Archived: read-only, and it never runs again. */
    public boolean archived() {
        return workflow != null && workflow.isArchived();
    }

    /** A stored workflow never published, which may be deleted. */
    public boolean deletable() {
        return workflow != null && workflow.publishedVersion() == null;
    }

    /** A workflow published at least once and not archived yet, which may be archived instead of deleted. */
    public boolean archivable() {
        return workflow != null && workflow.publishedVersion() != null && !workflow.isArchived();
    }

    /** "Add action" is off once the draft holds as many steps as a workflow may. */
    public boolean atStepLimit() {
        return form.steps.size() >= Workflow.MAX_STEPS;
    }

    public int maxSteps() {
        return Workflow.MAX_STEPS;
    }

    public String action() {
        return workflow == null ? "/workflows/new" : "/workflows/" + workflow.id().value();
    }

    public String version() {
        return form.version.isPresent() ? Long.toString(form.version.getAsLong()) : "";
    }

    public String notice() {
        return notice;
    }

    public String warning() {
        return warning;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldErrors.Item> errorSummary() {
        return errors.summary();
    }

    public String name() {
        return form.name;
    }

    public String nameError() {
        return errors.workflow("name");
    }

    public List<Option> events() {
        return List.of(new Option(EditorForm.CASE_CREATED, "When a case is created",
                        EditorForm.CASE_CREATED.equals(form.event)),
                new Option(EditorForm.CASE_SLA_BREACHED, "When a case misses an SLA deadline",
                        EditorForm.CASE_SLA_BREACHED.equals(form.event)),
                new Option(EditorForm.MANUAL, "Manually, on a chosen case", EditorForm.MANUAL.equals(form.event)));
    }

    public String eventError() {
        String error = errors.workflow("trigger.event");
        return error != null ? error : errors.workflow("trigger");
    }

    public String caseTypes() {
        return form.caseTypes;
    }

    public String caseTypesError() {
        return errors.workflow("trigger.case_types");
    }

    public String stepsError() {
        return errors.workflow("steps");
    }

    public String addError() {
        return addError;
    }

    public List<StepView> steps() {
        return IntStream.range(0, form.steps.size()).mapToObj(StepView::new).toList();
    }

    public boolean hasSteps() {
        return !form.steps.isEmpty();
    }

    /** The step types under "Add action", grouped as the product page groups them. */
    public List<ActionGroup> actionGroups() {
        List<ActionGroup> groups = new ArrayList<>();
        for (StepCatalog type : StepCatalog.values()) {
            if (groups.isEmpty() || !groups.get(groups.size() - 1).label().equals(type.group())) {
                groups.add(new ActionGroup(type.group(), new ArrayList<>()));
            }
            groups.get(groups.size() - 1).actions().add(new Option(type.type(), type.title(), false));
        }
        return groups;
    }

    public List<VersionLink> versions() {
        return versions.stream().map(v -> new VersionLink(v.number(), Times.shown(v.publishedAt()),
                "/workflows/" + v.workflowId().value() + "/versions/" + v.number())).toList();
    }

    public boolean hasVersions() {
        return !versions.isEmpty();
    }

    public String runCaseId() {
        return runCaseId;
    }

    public String runError() {
        return runError;
    }

    public Integer focusStep() {
        return focusStep;
    }

    public record Option(String value, String label, boolean selected) {
    }

    public record ActionGroup(String label, List<Option> actions) {
    }

    public record VersionLink(int number, String publishedAt, String href) {
    }

    /** One step of the form, with its inputs' names, ids, values and errors. */
    public final class StepView {
        private final int index;
        private final StepForm step;

        StepView(int index) {
            this.index = index;
            this.step = form.steps.get(index);
        }

        public int index() {
            return index;
        }

        public int number() {
            return index + 1;
        }

        public boolean first() {
            return index == 0;
        }

        public boolean last() {
            return index == form.steps.size() - 1;
        }

        public boolean focused() {
            return focusStep != null && focusStep == index;
        }

        public String id() {
            return step.id;
        }

        public String type() {
            return step.type;
        }

        public String title() {
            StepCatalog kind = step.kind();
            return kind == null ? "Unknown step type " + step.type : kind.title();
        }

        public boolean assignCase() {
            return step.kind() == StepCatalog.ASSIGN_CASE;
        }

        public boolean setPriority() {
            return step.kind() == StepCatalog.SET_PRIORITY;
        }

        public boolean unknown() {
            return step.kind() == null;
        }

        public String otherConfig() {
            return step.otherConfig.toString();
        }

        public String summary() {
            if (assignCase()) {
                if (step.assigneeId.isBlank()) {
                    return "No assignee chosen yet";
                }
                String to = assignees.name(step.assigneeId);
                return step.isTeam() ? "To team " + to + " \u00b7 " + strategyLabel(step.teamStrategy) : "To " + to;
            }
            if (setPriority()) {
                return step.priority.isBlank() ? "No priority chosen yet" : "To " + step.priority;
            }
            return "Kept as saved through the API";
        }

        public boolean team() {
            return step.isTeam();
        }

        public List<Option> assigneeTypes() {
            return List.of(new Option(StepForm.INDIVIDUAL, "Individual", !step.isTeam()),
                    new Option(StepForm.TEAM, "Team", step.isTeam()));
        }

        public List<Option> staff() {
            return assignees.staff().stream().map(c -> new Option(c.id(), c.name(), c.id().equals(step.assigneeId)))
                    .toList();
        }

        public List<Option> teams() {
            return assignees.teams().stream().map(c -> new Option(c.id(), c.name(), c.id().equals(step.assigneeId)))
                    .toList();
        }

        /** An assignee the choices do not hold (deactivated, deleted, or typed into the API), kept selected. */
        public Option otherAssignee() {
            boolean listed = assignees.staff().stream().anyMatch(c -> c.id().equals(step.assigneeId))
                    || assignees.teams().stream().anyMatch(c -> c.id().equals(step.assigneeId));
            return step.assigneeId.isBlank() || listed ? null
                    : new Option(step.assigneeId, assignees.name(step.assigneeId) + " (not active)", true);
        }

        public boolean noAssignee() {
            return step.assigneeId.isBlank();
        }

        public List<Option> strategies() {
            String chosen = step.teamStrategy.isBlank() ? "team_queue" : step.teamStrategy;
            return List.of("team_queue", "round_robin", "least_loaded").stream()
                    .map(s -> new Option(s, strategyLabel(s), s.equals(chosen))).toList();
        }

        public List<Option> priorities() {
            List<Option> options = new ArrayList<>();
            options.add(new Option("", "Choose a priority\u2026", step.priority.isBlank()));
            Arrays.asList("low", "normal", "high", "urgent").forEach(p -> options.add(
                    new Option(p, p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1), p.equals(step.priority))));
            return options;
        }

        public boolean continueOnError() {
            return step.continueOnError;
        }

        public String whenField() {
            return step.whenField;
        }

        public List<Option> whenOps() {
            return ConditionOps.WIRE_NAMES.stream()
                    .map(op -> new Option(op, ConditionOps.label(op), op.equals(step.whenOp))).toList();
        }

        public String whenValue() {
            return step.whenValue;
        }

        public boolean advancedOpen() {
            return errors.inAdvanced(index);
        }

        public boolean hasCondition() {
            return !step.whenField.isBlank();
        }

        public String idError() {
            return errors.step(index, "id");
        }

        public String caseError() {
            return errors.step(index, "config.case");
        }

        public String assigneeTypeError() {
            return errors.step(index, "config.assignee_type");
        }

        public String assigneeError() {
            return errors.step(index, "config.assignee_id");
        }

        public String teamStrategyError() {
            return errors.step(index, "config.team_strategy");
        }

        public String priorityError() {
            return errors.step(index, "config.priority");
        }

        public String continueOnErrorError() {
            return errors.step(index, "continue_on_error");
        }

        public String whenFieldError() {
            String error = errors.step(index, "when.field");
            return error != null ? error : errors.step(index, "when");
        }

        public String whenOpError() {
            return errors.step(index, "when.op");
        }

        public String whenValueError() {
            return errors.step(index, "when.value");
        }

        public List<String> otherErrors() {
            return errors.unplaced(index);
        }

        public boolean invalid() {
            String anchor = "steps-" + index;
            return errors.summary().stream().anyMatch(i -> i.anchor().equals(anchor) || i.anchor().startsWith(anchor + "-"));
        }
    }

    static String strategyLabel(String strategy) {
        return switch (strategy) {
            case "round_robin" -> "Round robin";
            case "least_loaded" -> "Least loaded";
            default -> "Team queue";
        };
    }
}
