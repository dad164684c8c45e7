package io.casework.adapters.web.cases;

import io.casework.application.port.in.CaseEventView;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.AssignmentExplanation.Considered;
import io.casework.domain.cases.AssignmentExplanation.PassedOver;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseAssigned;
import io.casework.domain.cases.CaseCreated;
import io.casework.domain.cases.CaseEvent;
import io.casework.domain.cases.CaseReassigned;
import io.casework.domain.cases.CaseSlaBreached;
import io.casework.domain.cases.CaseUnassigned;
import io.casework.domain.cases.SlaDeadline;
import io.casework.domain.cases.CaseUpdated;
import io.casework.domain.workflow.WorkflowRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A case's history told for people: who did something (a person's name, an API key, a workflow run with a link
 * to it on the page), each event of the timeline, and why the case's assignee was chosen.
 */
final class CaseStory {
    private final Names names;
    /** The case's workflow runs by id, with the name of each one's workflow. */
    private final Map<String, RunName> runs;

    CaseStory(Names names, Map<String, RunName> runs) {
        this.names = names;
        this.runs = runs;
    }

    /** A run as an actor names it: its workflow's name and version. */
    record RunName(String workflowName, int workflowVersion) {
    }

    /** Who did something; {@code link} is null unless it leads somewhere (a workflow run on this page). */
    public record ActorView(String text, String link) {
    }

    ActorView actor(Actor actor) {
        return switch (actor.type()) {
            case STAFF_MEMBER -> new ActorView(names.staffMember(actor.id()), null);
            case API_KEY -> new ActorView("API key " + actor.id(), null);
            case WORKFLOW_RUN -> {
                RunName run = runs.get(actor.id());
                yield new ActorView(run == null ? "Workflow run " + actor.id()
                        : "Workflow " + run.workflowName() + " (version " + run.workflowVersion() + ")",
                        "#" + actor.id());
            }
            case SYSTEM -> new ActorView("Casework", null);
        };
    }

    /** One entry of the timeline. */
    public record Entry(String when, String iso, String text, List<String> details, ActorView actor) {
    }

    List<Entry> timeline(List<CaseEventView> events) {
        return events.stream().map(CaseEventView::event).map(this::entry).toList();
    }

    private Entry entry(CaseEvent event) {
        List<String> details = new ArrayList<>();
        String text;
        if (event instanceof CaseCreated created) {
            text = "Opened as " + created.caseType().value() + ", priority " + Labels.words(created.priority());
        } else if (event instanceof CaseAssigned assigned) {
            text = "Assigned to " + assignee(assigned.assignee())
                    + assigned.previousAssignee().map(p -> " (was " + assignee(p) + ")").orElse("");
            details.add(how(assigned.why()));
        } else if (event instanceof CaseUnassigned unassigned) {
            text = "Unassigned from " + assignee(unassigned.previousAssignee());
        } else if (event instanceof CaseReassigned reassigned) {
            text = "Moved away from " + assignee(reassigned.previousAssignee()) + ", who is "
                    + Labels.words(reassigned.reason()).toLowerCase(Locale.ROOT);
            details.add(reassigned.assignee().map(a -> "Now with " + assignee(a)).orElse("Left unassigned"));
        } else if (event instanceof CaseSlaBreached breached) {
            text = breached.deadline() == SlaDeadline.ASSIGN_BY ? "Missed the SLA's assign-by deadline"
                    : "Missed the SLA's resolve-by deadline";
        } else {
            CaseUpdated updated = (CaseUpdated) event;
            text = updated.resolves() ? "Resolved" : updated.reopens() ? "Reopened" : "Updated";
            updated.status().ifPresent(c -> details.add("Status: " + Labels.words(c.from()) + " → "
                    + Labels.words(c.to())));
            updated.resolution().ifPresent(c -> details.add(c.to() == null ? "Resolution removed"
                    : "Resolution: " + c.to()));
            updated.priority().ifPresent(c -> details.add("Priority: " + Labels.words(c.from()) + " → "
                    + Labels.words(c.to())));
            updated.tags().ifPresent(c -> details.add("Tags: " + (c.to().isEmpty() ? "none" : String.join(", ", c.to()))));
            updated.attributes().ifPresent(c -> details.add("Attributes changed"));
        }
        return new Entry(Labels.when(event.occurredAt()), Labels.iso(event.occurredAt()), text, details,
                actor(event.actor()));
    }

    String assignee(Assignee assignee) {
        return assignee.kind() == Assignee.Kind.TEAM ? "team " + names.team(assignee.id())
                : names.staffMember(assignee.id());
    }

    private static String how(AssignmentExplanation why) {
        if (why instanceof AssignmentExplanation.Direct) {
            return "Named directly";
        }
        if (why instanceof AssignmentExplanation.TeamQueue) {
            return "Team queue";
        }
        return why instanceof AssignmentExplanation.RoundRobin ? "Round robin" : "Least loaded";
    }

    /** Why the case's current assignee holds it: the last assignment the timeline recorded, if it is still in force. */
    public record Why(String heading, String summary, List<Candidate> candidates, ActorView assignedBy) {
        public boolean hasCandidates() {
            return !candidates.isEmpty();
        }

        /** A strategy ranked the candidates (their load and outcome); a team queue only told its members. */
        public boolean ranked() {
            return candidates.stream().anyMatch(Candidate::picked);
        }
    }

    /** A member the assignment considered: their load then (empty when not counted), and what became of them. */
    public record Candidate(String name, String load, String outcome, boolean picked) {
    }

    Optional<Why> why(Case aCase, List<CaseEventView> events) {
        if (aCase.assignee().isEmpty()) {
            return Optional.empty();
        }
        Assignee current = aCase.assignee().get();
        Optional<CaseAssigned> last = events.stream().map(CaseEventView::event)
                .filter(CaseAssigned.class::isInstance).map(CaseAssigned.class::cast)
                .reduce((first, second) -> second)
                .filter(assigned -> assigned.assignee().equals(current));
        return last.map(assigned -> why(assigned, current));
    }

    private Why why(CaseAssigned assigned, Assignee current) {
        String heading = "Why " + assignee(current);
        ActorView by = actor(assigned.actor());
        AssignmentExplanation why = assigned.why();
        if (why instanceof AssignmentExplanation.Direct) {
            return new Why(heading, by.text() + " chose " + assignee(current) + " directly.", List.of(), by);
        }
        if (why instanceof AssignmentExplanation.TeamQueue queue) {
            String summary = "Sent to the queue of team " + names.team(current.id()) + ", for one of its members to claim. "
                    + (queue.notified().isEmpty() ? "No member was available to be told by email."
                    : "These members were told by email:");
            List<Candidate> told = queue.notified().stream()
                    .map(id -> new Candidate(names.staffMember(id.value()), "", "Told by email", false)).toList();
            return new Why(heading, summary, told, by);
        }
        if (why instanceof AssignmentExplanation.RoundRobin robin) {
            return new Why(heading, "Round robin in team " + names.team(robin.teamId().value())
                    + ": members were considered in turn, starting after the one picked last; the first who could "
                    + "take the case got it.", candidates(robin.candidates()), by);
        }
        AssignmentExplanation.LeastLoaded least = (AssignmentExplanation.LeastLoaded) why;
        return new Why(heading, "Least loaded in team " + names.team(least.teamId().value())
                + ": of the members who could take the case, the one with the fewest open and pending cases got it.",
                candidates(least.candidates()), by);
    }

    private List<Candidate> candidates(List<Considered> considered) {
        return considered.stream().map(c -> new Candidate(names.staffMember(c.staffMemberId().value()),
                load(c.activeCases()), c.passedOver().map(CaseStory::outcome).orElse("Picked"),
                c.passedOver().isEmpty())).toList();
    }

    private static String load(long activeCases) {
        return activeCases == 1 ? "1 active case" : activeCases + " active cases";
    }

    private static String outcome(PassedOver reason) {
        return switch (reason) {
            case DEACTIVATED -> "Passed over: deactivated";
            case AWAY -> "Passed over: away";
            case OUT_OF_OFFICE -> "Passed over: out of office";
            case AT_CAPACITY -> "Passed over: at capacity";
            case MORE_LOADED -> "Passed over: more cases";
            case NOT_NEXT_IN_ROTATION -> "Passed over: not next in the rotation";
        };
    }

    /** The run names of a case's runs, given each run's workflow name. */
    static Map<String, RunName> runNames(List<WorkflowRun> runs, java.util.function.Function<WorkflowRun, String> name) {
        Map<String, RunName> names = new java.util.LinkedHashMap<>();
        runs.forEach(run -> names.put(run.id().value(), new RunName(name.apply(run), run.workflowVersion())));
        return names;
    }
}
