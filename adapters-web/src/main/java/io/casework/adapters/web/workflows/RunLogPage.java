package io.casework.adapters.web.workflows;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Section;
import io.casework.adapters.web.page.Viewer;
import io.casework.application.port.Page;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A workflow's runs, newest first, filterable by status: each with its case and what each step did. */
public final class RunLogPage extends PageView {
    private static final Pattern ASSIGNEE_ID = Pattern.compile("\\b(stf|team)_[A-Za-z0-9]{1,64}\\b");
    private final Workflow workflow;
    private final Page<WorkflowRun> runs;
    private final Optional<WorkflowRun.Status> status;
    private final String cursor;
    private final String started;
    private final Assignees assignees;

    RunLogPage(Viewer viewer, Workflow workflow, Page<WorkflowRun> runs, Optional<WorkflowRun.Status> status,
               String cursor, String started, Assignees assignees) {
        super("workflow-runs.mustache", "Runs of " + workflow.name(), Section.WORKFLOWS, viewer);
        this.workflow = workflow;
        this.runs = runs;
        this.status = status;
        this.cursor = cursor;
        this.started = started;
        this.assignees = assignees;
    }

    /** The status filter of the query string: empty for all, a 400 page for one that is no run status. */
    static Optional<WorkflowRun.Status> status(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(WorkflowRun.Status.values()).filter(s -> s.name().toLowerCase(Locale.ROOT).equals(raw))
                .findFirst().or(() -> {
                    throw new InvalidValueException("status", "must be queued, running, succeeded or failed");
                });
    }

    public String workflowId() {
        return workflow.id().value();
    }

    public String workflowName() {
        return workflow.name();
    }

    public String started() {
        return started;
    }

    public List<StatusOption> statuses() {
        List<StatusOption> options = new ArrayList<>();
        options.add(new StatusOption("", "All statuses", status.isEmpty()));
        for (WorkflowRun.Status s : WorkflowRun.Status.values()) {
            String name = s.name().toLowerCase(Locale.ROOT);
            options.add(new StatusOption(name, name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1),
                    status.map(s::equals).orElse(false)));
        }
        return options;
    }

    public String statusParam() {
        return status.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("");
    }

    public List<RunView> runs() {
        return runs.items().stream().map(RunView::new).toList();
    }

    public boolean empty() {
        return runs.items().isEmpty();
    }

    public String nextCursor() {
        return runs.nextCursor().orElse(null);
    }

    public boolean paged() {
        return cursor != null && !cursor.isEmpty();
    }

    public record StatusOption(String value, String label, boolean selected) {
    }

    public final class RunView {
        private final WorkflowRun run;

        RunView(WorkflowRun run) {
            this.run = run;
        }

        public String id() {
            return run.id().value();
        }

        public boolean justStarted() {
            return run.id().value().equals(started);
        }

        public String caseId() {
            return run.caseId().value();
        }

        public String status() {
            return run.status().name().toLowerCase(Locale.ROOT);
        }

        public int version() {
            return run.workflowVersion();
        }

        public String trigger() {
            return switch (run.triggerEvent()) {
                case MANUAL -> "Manual";
                case CASE_CREATED -> "Case created";
                case CASE_SLA_BREACHED -> "SLA breached";
                case ASSIGNEE_UNAVAILABLE -> "Assignee unavailable";
            };
        }

        public String startedAt() {
            return Times.shown(run.createdAt());
        }

        public String finishedAt() {
            return Times.shown(run.finishedAt());
        }

        public List<StepView> steps() {
            return run.steps().stream().map(StepView::new).toList();
        }

        public boolean noSteps() {
            return run.steps().isEmpty();
        }
    }

    public final class StepView {
        private final StepResult step;

        StepView(StepResult step) {
            this.step = step;
        }

        public String id() {
            return step.stepId();
        }

        public String type() {
            return StepCatalog.of(step.type()).map(StepCatalog::title).orElse(step.type());
        }

        public String status() {
            return step.status().name().toLowerCase(Locale.ROOT);
        }

        public String errorCode() {
            return step.errorCode();
        }

        /** The refusal's message with the staff members and teams it names by id named by name. */
        public String errorMessage() {
            return step.errorMessage() == null ? null : ASSIGNEE_ID.matcher(step.errorMessage())
                    .replaceAll(id -> Matcher.quoteReplacement(assignees.name(id.group())));
        }

        public List<Output> outputs() {
            return step.output().entrySet().stream().map(e -> new Output(e.getKey(), describe(e.getValue()))).toList();
        }
    }

    /** An output value in words: an assignee by name ("Ada Lovelace, staff member"), anything else as it is. */
    private String describe(Object value) {
        if (value instanceof Map<?, ?> map && map.get("id") instanceof String id && map.get("type") instanceof String type) {
            return assignees.name(id) + " (" + type.replace('_', ' ') + ")";
        }
        return String.valueOf(value);
    }

    public record Output(String key, String value) {
    }
}
