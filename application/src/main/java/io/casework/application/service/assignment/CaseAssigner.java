package io.casework.application.service.assignment;

import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.AssignmentTarget.TeamStrategy;
import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.application.port.out.AssigneeDirectory;
import io.casework.application.port.out.AssigneeDirectory.Candidate;
import io.casework.application.port.out.AssigneeDirectory.LockedTeam;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.Notifier;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.AssignmentExplanation.Considered;
import io.casework.domain.cases.AssignmentExplanation.PassedOver;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.DomainException;
import io.casework.domain.shared.PrefixedId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Chooses who gets a case and gives it to them: the one piece of assignment logic, used by the API and by the
 * workflow step alike. Runs inside the caller's transaction; the directory's locks make concurrent
 * assignments see each other, so capacities hold and rotations stay exact.
 */
public final class CaseAssigner {
    private final AssigneeDirectory directory;
    private final AssignmentNotices notices;
    private final Clock clock;

    public CaseAssigner(AssigneeDirectory directory, AssignmentNotices notices, Clock clock) {
        this.directory = directory;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * The same assigner over other ports: the workflow engine's, which decides a batch of assignments in memory
     * under locks it took once, and writes them all at the end. It has read the case's organization already.
     */
    public CaseAssigner using(AssigneeDirectory otherDirectory, NotificationOutbox outbox, Organization organization) {
        return new CaseAssigner(otherDirectory, notices.to(outbox, organization), clock);
    }

    /**
     * @param changedBy who is assigning, as the emails tell it
     * @return the new assignee
     * @throws DomainException {@code case_closed}, {@code assignee_not_found}, {@code assignee_unavailable} or
     *                         {@code no_eligible_assignee}
     */
    public Assignee assign(Case aCase, AssignmentTarget target, Actor actor, Notifier.ChangedBy changedBy) {
        return assign(aCase, target, actor, changedBy, true);
    }

    /**
     * {@link #assign}, telling the new recipients but not the previous individual assignee: they are told of all
     * their moved cases at once, in one digest.
     */
    public Assignee reassign(Case aCase, AssignmentTarget target, Actor actor, Notifier.ChangedBy changedBy) {
        return assign(aCase, target, actor, changedBy, false);
    }

    private Assignee assign(Case aCase, AssignmentTarget target, Actor actor, Notifier.ChangedBy changedBy,
                            boolean tellPrevious) {
        if (aCase.status() == CaseStatus.RESOLVED) {
            throw new DomainException("case_closed", "case " + aCase.id() + " is resolved and cannot be assigned");
        }
        OrganizationId organizationId = aCase.organizationId();
        Optional<StaffMember> previous = previousIndividual(aCase);
        // one instant decides everyone's out-of-office windows and stamps the assignment
        Instant now = clock.instant();
        Choice choice = switch (target.assigneeType()) {
            case INDIVIDUAL -> individual(organizationId, target.assigneeId(), now);
            case TEAM -> team(organizationId, target, now);
        };
        aCase.assignTo(choice.assignee(), actor, now, choice.why());
        choice.picked().ifPresent(member -> choice.rotation().ifPresentOrElse(
                team -> directory.recordRotationPick(organizationId, team, member.id(), now),
                () -> directory.recordAssignment(organizationId, member.id(), now)));
        boolean sameIndividual = previous.isPresent() && choice.picked().isPresent()
                && previous.get().id().equals(choice.picked().get().id());
        if (!sameIndividual) {
            notices.queue(aCase, choice.recipients(), choice.viaTeam(),
                    tellPrevious ? previous : Optional.empty(), changedBy);
        }
        return choice.assignee();
    }

    /** How telemetry names a target's strategy: {@code individual}, {@code team_queue}, {@code round_robin}, … */
    public static String strategyName(AssignmentTarget target) {
        return target.assigneeType() == AssignmentTarget.AssigneeType.INDIVIDUAL ? "individual"
                : target.teamStrategy().name().toLowerCase(Locale.ROOT);
    }

    /** Takes the case from its assignee, telling a previous individual assignee. */
    public void unassign(Case aCase, Actor actor, Notifier.ChangedBy changedBy) {
        Optional<StaffMember> previous = previousIndividual(aCase);
        aCase.unassign(actor, clock.instant());
        notices.queue(aCase, List.of(), Optional.empty(), previous, changedBy);
    }

    private Optional<StaffMember> previousIndividual(Case aCase) {
        return aCase.assignee()
                .filter(a -> a.kind() == Assignee.Kind.STAFF_MEMBER)
                .flatMap(a -> directory.lockStaffMembers(aCase.organizationId(), List.of(new StaffMemberId(a.id())))
                        .stream().findFirst())
                .map(Candidate::member);
    }

    private Choice individual(OrganizationId organizationId, String id, Instant now) {
        if (!PrefixedId.matches(id, StaffMemberId.PREFIX)) {
            throw notFound("staff member", id);
        }
        Candidate candidate = directory.lockStaffMembers(organizationId, List.of(new StaffMemberId(id))).stream()
                .findFirst()
                .orElseThrow(() -> notFound("staff member", id));
        candidate.member().refusal(candidate.activeCases(), now).ifPresent(refusal -> {
            throw new DomainException("assignee_unavailable", "staff member " + id + " is "
                    + words(PassedOver.because(refusal)).replace('_', ' '));
        });
        return new Choice(Assignee.staffMember(candidate.member().id()), Optional.of(candidate.member()),
                List.of(candidate.member()), Optional.empty(), new AssignmentExplanation.Direct(), Optional.empty());
    }

    private Choice team(OrganizationId organizationId, AssignmentTarget target, Instant now) {
        String id = target.assigneeId();
        if (!PrefixedId.matches(id, TeamId.PREFIX)) {
            throw notFound("team", id);
        }
        LockedTeam locked = directory.lockTeam(organizationId, new TeamId(id)).orElseThrow(() -> notFound("team", id));
        Team team = locked.team();
        TeamStrategies.TeamChoice choice = TeamStrategies.choose(locked, target.teamStrategy(), now);
        if (target.teamStrategy() == TeamStrategy.TEAM_QUEUE) {
            return new Choice(Assignee.team(team.id()), Optional.empty(), choice.recipients(),
                    Optional.of(team.name()), choice.why(), Optional.empty());
        }
        StaffMember member = choice.picked().orElseThrow(() -> noEligible(team, considered(choice.why())));
        Optional<TeamId> rotation = target.teamStrategy() == TeamStrategy.ROUND_ROBIN ? Optional.of(team.id())
                : Optional.empty();
        return new Choice(Assignee.staffMember(member.id()), Optional.of(member), List.of(member), Optional.empty(),
                choice.why(), rotation);
    }

    private static List<Considered> considered(AssignmentExplanation why) {
        if (why instanceof AssignmentExplanation.RoundRobin robin) {
            return robin.candidates();
        }
        return why instanceof AssignmentExplanation.LeastLoaded least ? least.candidates() : List.of();
    }

    private static DomainException noEligible(Team team, List<Considered> considered) {
        String reasons = considered.stream()
                .map(c -> c.staffMemberId() + " " + c.passedOver().map(CaseAssigner::words).orElse("null"))
                .collect(Collectors.joining(", "));
        return new DomainException("no_eligible_assignee", "no member of team " + team.id() + " can take the case"
                + (reasons.isEmpty() ? " (it has no members)" : " (" + reasons + ")"));
    }

    /** How refusal messages name a reason (with an underscore, as they always have). */
    private static String words(PassedOver reason) {
        return switch (reason) {
            case DEACTIVATED -> "deactivated";
            case AWAY -> "away";
            case OUT_OF_OFFICE -> "out_of_office";
            case AT_CAPACITY -> "at_capacity";
            case MORE_LOADED -> "more_loaded";
            case NOT_NEXT_IN_ROTATION -> "not_next_in_rotation";
        };
    }

    private static FieldErrorsException notFound(String what, String id) {
        return new FieldErrorsException("assignee_not_found", what + " " + id + " was not found",
                List.of(new FieldError("assignee_id", "no " + what + " " + id + " in this organization")));
    }

    /**
     * Who gets the case. {@code viaTeam}: the team's name when the recipients are told as its members;
     * {@code rotation}: the team whose round robin picked them.
     */
    private record Choice(Assignee assignee, Optional<StaffMember> picked, List<StaffMember> recipients,
                          Optional<String> viaTeam, AssignmentExplanation why, Optional<TeamId> rotation) {
    }
}
