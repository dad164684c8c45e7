package io.casework.application.service.reassignment;

import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.application.service.assignment.CaseAssigner;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseAssigned;
import io.casework.domain.cases.CaseReassigned;
import io.casework.domain.organization.ReassignmentSettings.OnUnavailable;
import io.casework.domain.shared.DomainException;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import io.casework.domain.workflow.WorkflowVersion;
import java.time.Clock;
import java.util.Optional;

/**
 * Moves one case away from a member who became unavailable, in the caller's transaction: back to the queue of the
 * team it came through ({@code team_queue}), or to a new run of the workflow version that assigned it
 * ({@code rerun}); a case with no such team or run is unassigned. Records {@code case.reassigned} after the move.
 * The previous assignee is not emailed here: the job tells them once, in a digest.
 */
public final class CaseMoves {
    private final CaseAssigner assigner;
    private final CaseTimeline timeline;
    private final WorkflowRunRepository runs;
    private final WorkflowRepository workflows;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public CaseMoves(CaseAssigner assigner, CaseTimeline timeline, WorkflowRunRepository runs, WorkflowRepository workflows,
              Transactions transactions, IdGenerator ids, Clock clock) {
        this.assigner = assigner;
        this.timeline = timeline;
        this.runs = runs;
        this.workflows = workflows;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    void move(Case aCase, StaffMember from, OnUnavailable setting, CaseReassigned.Reason reason, Actor actor) {
        Assignee previous = Assignee.staffMember(from.id());
        Notifier.ChangedBy changedBy = new Notifier.ChangedBy.Reassignment(from.name());
        boolean moved = switch (setting) {
            case TEAM_QUEUE -> toTeamQueue(aCase, previous, actor, changedBy);
            case RERUN -> toNewRun(aCase);
            case NONE -> throw new IllegalArgumentException("the setting none moves no case");
        };
        if (!moved || setting == OnUnavailable.RERUN) {
            aCase.unassign(actor, clock.instant());
        }
        aCase.recordReassigned(previous, reason, actor, clock.instant());
    }

    /** The team whose round robin or least loaded strategy gave the case to the member, if one did. */
    private boolean toTeamQueue(Case aCase, Assignee previous, Actor actor, Notifier.ChangedBy changedBy) {
        Optional<TeamId> team = timeline.lastAssigned(aCase.organizationId(), aCase.id())
                .filter(assigned -> assigned.assignee().equals(previous))
                .map(CaseAssigned::why)
                .flatMap(CaseMoves::teamOf);
        if (team.isEmpty()) {
            return false;
        }
        try {
            // a savepoint: a team deleted since undoes only this attempt, and the case is unassigned instead
            transactions.inSavepoint(() -> assigner.reassign(aCase, new AssignmentTarget(
                    AssignmentTarget.AssigneeType.TEAM, team.get().value(), AssignmentTarget.TeamStrategy.TEAM_QUEUE),
                    actor, changedBy));
            return true;
        } catch (DomainException noTeam) {
            return false;
        }
    }

    private static Optional<TeamId> teamOf(AssignmentExplanation why) {
        if (why instanceof AssignmentExplanation.RoundRobin robin) {
            return Optional.of(robin.teamId());
        }
        return why instanceof AssignmentExplanation.LeastLoaded least ? Optional.of(least.teamId())
                : Optional.empty();
    }

    /** Queues a run of the version whose run assigned the case, if a run did; the case is unassigned for it. */
    private boolean toNewRun(Case aCase) {
        Optional<WorkflowVersion> version = aCase.assignment()
                .map(assignment -> assignment.assignedBy())
                .filter(by -> by.type() == Actor.Type.WORKFLOW_RUN)
                .flatMap(by -> runs.find(aCase.organizationId(), new WorkflowRunId(by.id())))
                .flatMap(run -> workflows.findVersion(aCase.organizationId(), run.workflowId(),
                        run.workflowVersion()));
        version.ifPresent(v -> runs.add(WorkflowRun.queue(new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)), v,
                Trigger.Event.ASSIGNEE_UNAVAILABLE, aCase.id(), clock.instant())));
        return version.isPresent();
    }
}
