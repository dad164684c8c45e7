package io.casework.adapters.web.workflows;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Section;
import io.casework.adapters.web.page.Viewer;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A published version, read-only: what its runs execute. */
public final class WorkflowVersionPage extends PageView {
    private final Workflow workflow;
    private final WorkflowVersion version;
    private final Assignees assignees;

    WorkflowVersionPage(Viewer viewer, Workflow workflow, WorkflowVersion version, Assignees assignees) {
        super("workflow-version.mustache", workflow.name() + " \u00b7 version " + version.number(),
                Section.WORKFLOWS, viewer);
        this.workflow = workflow;
        this.version = version;
        this.assignees = assignees;
    }

    public String workflowId() {
        return workflow.id().value();
    }

    public String name() {
        return version.name();
    }

    public int number() {
        return version.number();
    }

    public boolean running() {
        return workflow.isPublished() && workflow.publishedVersion() == version.number();
    }

    public String publishedAt() {
        return Times.shown(version.publishedAt());
    }

    public String trigger() {
        return WorkflowListPage.describe(version.trigger());
    }

    public List<StepView> steps() {
        List<StepView> steps = new ArrayList<>();
        List<StepDefinition> definitions = version.definitions();
        for (int i = 0; i < definitions.size(); i++) {
            steps.add(new StepView(i + 1, definitions.get(i)));
        }
        return steps;
    }

    public final class StepView {
        private final int number;
        private final StepDefinition step;

        StepView(int number, StepDefinition step) {
            this.number = number;
            this.step = step;
        }

        public int number() {
            return number;
        }

        public String id() {
            return step.id();
        }

        public String title() {
            return StepCatalog.of(step.type()).map(StepCatalog::title).orElse(step.type());
        }

        public List<Fact> facts() {
            List<Fact> facts = new ArrayList<>();
            Map<String, Object> config = step.config();
            StepForm form = StepForm.of(step);
            if (config.containsKey("case")) {
                facts.add(new Fact("Case", String.valueOf(config.get("case"))));
            }
            if (step.type().equals(StepCatalog.ASSIGN_CASE.type())) {
                facts.add(new Fact("Assignee Type", form.isTeam() ? "Team" : "Individual"));
                facts.add(new Fact("Assignee", assignees.name(form.assigneeId)));
                if (form.isTeam()) {
                    facts.add(new Fact("Team strategy", WorkflowEditorPage.strategyLabel(form.teamStrategy)));
                }
            } else if (config.containsKey("priority")) {
                facts.add(new Fact("Priority", String.valueOf(config.get("priority"))));
            } else if (!config.isEmpty()) {
                facts.add(new Fact("Configuration", config.toString()));
            }
            facts.add(new Fact("Continue on error", step.continueOnError() ? "Yes" : "No"));
            facts.add(new Fact("Run only when", step.when() == null ? "Always"
                    : form.whenField + " " + ConditionOps.label(form.whenOp) + " " + form.whenValue));
            return facts;
        }
    }

    public record Fact(String label, String value) {
    }
}
