package io.casework.adapters.web.cases;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Section;
import io.casework.adapters.web.page.Viewer;
import io.casework.application.port.in.CaseEventView;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.SlaDeadline;
import io.casework.domain.cases.Subject;
import io.casework.domain.workflow.WorkflowRun;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The page an assignment email links to: who the case is about, where it stands, who holds it and why, what
 * happened to it, and the forms that work it. Each form carries the case's version, so that an action taken on
 * an out-of-date page changes nothing.
 */
public final class CasePage extends PageView {
    private final Case aCase;
    private final Names names;
    private final CaseStory story;
    private final List<CaseEventView> events;
    private final List<WorkflowRun> runs;
    private final Map<String, CaseStory.RunName> runNames;
    private final Notice notice;
    private final AssignForm assignForm;
    private final ResolveForm resolveForm;

    CasePage(Viewer viewer, Case aCase, Names names, List<CaseEventView> events, List<WorkflowRun> runs,
             Map<String, CaseStory.RunName> runNames, Notice notice, AssignForm assignForm, ResolveForm resolveForm) {
        super("case.mustache", CaseRow.subjectName(aCase) + " · " + aCase.type().value(), section(viewer, aCase, names),
                viewer);
        this.aCase = aCase;
        this.names = names;
        this.story = new CaseStory(names, runNames);
        this.events = events;
        this.runs = runs;
        this.runNames = runNames;
        this.notice = notice;
        this.assignForm = assignForm;
        this.resolveForm = resolveForm;
    }

    /** The list the case is in for this viewer, so the navigation shows where they came from. */
    private static Section section(Viewer viewer, Case aCase, Names names) {
        Optional<Assignee> assignee = aCase.assignee();
        if (assignee.isPresent() && assignee.get().kind() == Assignee.Kind.STAFF_MEMBER
                && assignee.get().id().equals(viewer.staffMemberId().value())) {
            return Section.MY_CASES;
        }
        if (assignee.isPresent() && assignee.get().kind() == Assignee.Kind.TEAM && names.teamsOf(viewer.staffMemberId())
                .stream().anyMatch(t -> t.id().value().equals(assignee.get().id()))) {
            return Section.TEAM_QUEUE;
        }
        return viewer.admin() ? Section.ALL_CASES : null;
    }

    /** What just happened, or why it did not: {@code kind} is info, warning or error. */
    public record Notice(String kind, String text) {
        static Notice info(String text) {
            return new Notice("info", text);
        }

        static Notice warning(String text) {
            return new Notice("warning", text);
        }

        static Notice error(String text) {
            return new Notice("error", text);
        }

        public String cssClass() {
            return "info".equals(kind) ? "notice" : "notice notice-" + kind;
        }

        /** Errors interrupt a screen reader; news waits its turn. */
        public String role() {
            return "info".equals(kind) ? "status" : "alert";
        }
    }

    /** What the Assign form was sent with, and what was wrong with it, field by field. */
    record AssignForm(String assigneeType, String assigneeId, String teamStrategy, Map<String, String> errors) {
        static AssignForm blank() {
            return new AssignForm("individual", "", "team_queue", Map.of());
        }
    }

    /** What the Resolve form was sent with, and what was wrong with it. */
    record ResolveForm(String resolution, String error) {
        static ResolveForm blank() {
            return new ResolveForm("", null);
        }
    }

    public Notice notice() {
        return notice;
    }

    public String id() {
        return aCase.id().value();
    }

    public long version() {
        return aCase.version();
    }

    public String subjectName() {
        return CaseRow.subjectName(aCase);
    }

    public String subjectReference() {
        return Optional.ofNullable(aCase.subject()).map(Subject::referenceId).orElse(null);
    }

    public String subjectEmail() {
        return Optional.ofNullable(aCase.subject()).map(Subject::email).map(e -> e.value()).orElse(null);
    }

    public String caseType() {
        return aCase.type().value();
    }

    public String priority() {
        return Labels.words(aCase.priority());
    }

    public String priorityClass() {
        return Labels.wire(aCase.priority());
    }

    public String status() {
        return Labels.words(aCase.status());
    }

    public String statusClass() {
        return Labels.wire(aCase.status());
    }

    public String resolution() {
        return aCase.resolution();
    }

    public String created() {
        return Labels.when(aCase.createdAt());
    }

    public String createdIso() {
        return Labels.iso(aCase.createdAt());
    }

    public String updated() {
        return Labels.when(aCase.updatedAt());
    }

    /** A deadline of the case's SLA, and whether it passed unmet. */
    public record SlaDeadlineView(String label, String when, String iso, boolean missed) {
    }

    /** The case's SLA deadlines, assign-by first; none when no policy applies. */
    public List<SlaDeadlineView> slaDeadlines() {
        return aCase.sla().map(sla -> Stream.of(SlaDeadline.ASSIGN_BY, SlaDeadline.RESOLVE_BY)
                .flatMap(deadline -> sla.deadline(deadline).stream().map(at -> new SlaDeadlineView(
                        deadline == SlaDeadline.ASSIGN_BY ? "Assign by (SLA)" : "Resolve by (SLA)", Labels.when(at),
                        Labels.iso(at), sla.breached().contains(deadline))))
                .toList()).orElse(List.of());
    }

    public List<String> tags() {
        return aCase.tags();
    }

    public boolean hasTags() {
        return !aCase.tags().isEmpty();
    }

    public boolean hasAttributes() {
        return !aCase.attributes().isEmpty();
    }

    public record Attribute(String name, String value) {
    }

    public List<Attribute> attributes() {
        return aCase.attributes().entrySet().stream()
                .map(e -> new Attribute(e.getKey(), json(e.getValue()))).toList();
    }

    /** An attribute's value as JSON text, strings bare at the top level. */
    static String json(Object value) {
        return value instanceof String text ? text : jsonValue(value);
    }

    private static String jsonValue(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> jsonValue(String.valueOf(e.getKey())) + ": " + jsonValue(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(CasePage::jsonValue).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    /** Who holds the case, as the page names them; null when nobody does. */
    public String assignee() {
        return aCase.assignee().map(story::assignee).orElse(null);
    }

    public boolean assignedToTeam() {
        return aCase.assignee().filter(a -> a.kind() == Assignee.Kind.TEAM).isPresent();
    }

    public CaseStory.ActorView assignedBy() {
        return aCase.assignment().map(a -> story.actor(a.assignedBy())).orElse(null);
    }

    public String assignedAt() {
        return aCase.assignment().map(a -> Labels.when(a.assignedAt())).orElse(null);
    }

    public CaseStory.Why why() {
        return story.why(aCase, events).orElse(null);
    }

    public List<CaseStory.Entry> timeline() {
        return story.timeline(events);
    }

    public record Step(String id, String type, String status, String statusClass, String errorCode,
                       String errorMessage) {
    }

    public record Run(String id, String workflowName, int workflowVersion, String status, String statusClass,
                      String created, String createdIso, List<Step> steps, String runLog) {
        public boolean hasSteps() {
            return !steps.isEmpty();
        }
    }

    public List<Run> runs() {
        return runs.stream().map(run -> new Run(run.id().value(),
                Optional.ofNullable(runNames.get(run.id().value())).map(CaseStory.RunName::workflowName)
                        .orElse(run.workflowId().value()),
                run.workflowVersion(), Labels.words(run.status()), Labels.wire(run.status()),
                Labels.when(run.createdAt()), Labels.iso(run.createdAt()),
                run.steps().stream().map(s -> new Step(s.stepId(), s.type(), Labels.words(s.status()),
                        Labels.wire(s.status()), s.errorCode(), s.errorMessage())).toList(),
                viewer().admin() ? "/workflows/" + run.workflowId().value() + "/runs" : null)).toList();
    }

    public boolean resolved() {
        return aCase.status() == CaseStatus.RESOLVED;
    }

    /** Claim: the case waits in the queue of a team the viewer belongs to. */
    public boolean canClaim() {
        return CasesResource.claimable(aCase, names, viewer());
    }

    public boolean canAssign() {
        return !resolved();
    }

    public boolean canUnassign() {
        return !resolved() && aCase.assignee().isPresent();
    }

    // the Assign form

    public List<Option> assigneeTypes() {
        return List.of(new Option("individual", "Individual", "individual".equals(assignForm.assigneeType())),
                new Option("team", "Team", "team".equals(assignForm.assigneeType())));
    }

    public List<Option> staffOptions() {
        return names.activeStaff().stream().map(m -> new Option(m.id().value(), label(m),
                m.id().value().equals(assignForm.assigneeId()))).toList();
    }

    private String label(StaffMember member) {
        return member.id().equals(viewer().staffMemberId()) ? member.name() + " (me)" : member.name();
    }

    public List<Option> teamOptions() {
        return names.teams().stream().map((Team t) -> new Option(t.id().value(), t.name(),
                t.id().value().equals(assignForm.assigneeId()))).toList();
    }

    public boolean noAssigneeChosen() {
        return assignForm.assigneeId().isEmpty();
    }

    public List<Option> teamStrategies() {
        return Arrays.stream(io.casework.application.port.in.AssignmentTarget.TeamStrategy.values())
                .map(s -> new Option(Labels.wire(s), Labels.words(s), Labels.wire(s).equals(assignForm.teamStrategy())))
                .toList();
    }

    public String assigneeTypeError() {
        return assignForm.errors().get("assignee_type");
    }

    public String assigneeError() {
        return assignForm.errors().get("assignee_id");
    }

    public String teamStrategyError() {
        return assignForm.errors().get("team_strategy");
    }

    /** The Assign form opens by itself when it was sent with a mistake. */
    public boolean assignOpen() {
        return !assignForm.errors().isEmpty();
    }

    // the Resolve form

    public String resolutionValue() {
        return resolveForm.resolution();
    }

    public String resolutionError() {
        return resolveForm.error();
    }
}
