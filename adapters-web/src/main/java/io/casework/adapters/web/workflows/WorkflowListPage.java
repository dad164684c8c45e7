package io.casework.adapters.web.workflows;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Section;
import io.casework.adapters.web.page.Viewer;
import io.casework.domain.cases.CaseType;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowRun;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every workflow of the organization: its status, the version that runs, its trigger and its last run. */
public final class WorkflowListPage extends PageView {
    private final List<Row> rows;
    private final String nextCursor;
    private final boolean paged;
    private final String deleted;

    /** @param deleted the name of the draft just deleted, if one was */
    WorkflowListPage(Viewer viewer, List<Row> rows, String nextCursor, boolean paged, String deleted) {
        super("workflows.mustache", "Workflows", Section.WORKFLOWS, viewer);
        this.rows = rows;
        this.nextCursor = nextCursor;
        this.paged = paged;
        this.deleted = deleted;
    }

    public String deleted() {
        return deleted;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    public String nextCursor() {
        return nextCursor;
    }

    public boolean paged() {
        return paged;
    }

    /** One workflow and its most recent run, if it ever ran. */
    public record Row(Workflow workflow, Optional<WorkflowRun> lastRun) {
        public String id() {
            return workflow.id().value();
        }

        public String name() {
            return workflow.name();
        }

        public String status() {
            return workflow.status().name().toLowerCase(Locale.ROOT);
        }

        public Integer publishedVersion() {
            return workflow.publishedVersion();
        }

        public String trigger() {
            return describe(workflow.trigger());
        }

        public String lastRunStatus() {
            return lastRun.map(r -> r.status().name().toLowerCase(Locale.ROOT)).orElse(null);
        }

        public String lastRunAt() {
            return lastRun.map(r -> Times.shown(r.createdAt())).orElse(null);
        }
    }

    static String describe(Trigger trigger) {
        if (trigger.event() == Trigger.Event.MANUAL) {
            return "Manual";
        }
        String event = trigger.event() == Trigger.Event.CASE_SLA_BREACHED ? "SLA breached" : "Case created";
        return trigger.caseTypes().isEmpty() ? event + " · any type"
                : event + " · " + trigger.caseTypes().stream().map(CaseType::value).collect(Collectors.joining(", "));
    }
}
