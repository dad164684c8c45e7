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
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.DomainException;
import io.casework.domain.shared.PrefixedId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
     * under locks it took once, and writes them all at the end.
     */
    public CaseAssigner using(AssigneeDirectory otherDirectory, NotificationOutbox outbox) {
        return new CaseAssigner(otherDirectory, notices.to(outbox), clock);
    }

    /**
     * @param changedBy who is assigning, as the emails tell it
     * @return the new assignee
     * @throws DomainException {@code case_closed}, {@code assignee_not_found}, {@code assignee_unavailable} or
     *                         {@code no_eligible_assignee}
     */
    public Assignee assign(Case aCase, AssignmentTarget target, Actor actor, Notifier.ChangedBy changedBy) {
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
            notices.queue(aCase, choice.recipients(), choice.viaTeam(), previous, changedBy);
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
        Map<StaffMemberId, Candidate> candidates = locked.members().stream()
                .collect(Collectors.toMap(c -> c.member().id(), Function.identity()));
        List<StaffMemberId> order = rotationOrder(locked, target.teamStrategy());
        return switch (target.teamStrategy()) {
            case TEAM_QUEUE -> teamQueue(team, order, candidates, now);
            case ROUND_ROBIN -> roundRobin(team, order, candidates, now);
            case LEAST_LOADED -> leastLoaded(team, order, candidates, now);
        };
    }

    /** Members in the order a round robin visits them next: starting after the last one it picked. */
    private static List<StaffMemberId> rotationOrder(LockedTeam locked, TeamStrategy strategy) {
        List<StaffMemberId> members = locked.team().memberIds();
        if (strategy != TeamStrategy.ROUND_ROBIN || members.isEmpty()) {
            return members;
        }
        int start = locked.lastRotationPick().map(members::indexOf).orElse(-1) + 1;
        List<StaffMemberId> order = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            order.add(members.get((start + i) % members.size()));
        }
        return order;
    }

    private Choice teamQueue(Team team, List<StaffMemberId> order, Map<StaffMemberId, Candidate> candidates,
                             Instant now) {
        List<StaffMember> notified = order.stream().map(candidates::get)
                .filter(c -> c != null && c.member().isReachable(now))
                .map(Candidate::member)
                .toList();
        AssignmentExplanation why = new AssignmentExplanation.TeamQueue(notified.stream().map(StaffMember::id).toList());
        return new Choice(Assignee.team(team.id()), Optional.empty(), notified, Optional.of(team.name()), why,
                Optional.empty());
    }

    /** Picks the first eligible member in rotation order; the members after them are listed too, as they stood. */
    private static Choice roundRobin(Team team, List<StaffMemberId> order, Map<StaffMemberId, Candidate> candidates,
                                     Instant now) {
        List<Considered> considered = new ArrayList<>();
        Candidate chosen = null;
        for (StaffMemberId id : order) {
            Candidate candidate = candidates.get(id);
            Optional<PassedOver> refusal = refusal(candidate, now);
            if (chosen == null && refusal.isEmpty()) {
                chosen = candidate;
            } else if (refusal.isEmpty()) {
                refusal = Optional.of(PassedOver.NOT_NEXT_IN_ROTATION);
            }
            considered.add(considered(candidate, refusal));
        }
        if (chosen == null) {
            throw noEligible(team, considered);
        }
        return picked(chosen.member(), new AssignmentExplanation.RoundRobin(team.id(), considered),
                Optional.of(team.id()));
    }

    private Choice leastLoaded(Team team, List<StaffMemberId> order, Map<StaffMemberId, Candidate> candidates,
                               Instant now) {
        List<Considered> considered = new ArrayList<>();
        List<Candidate> eligible = new ArrayList<>();
        for (StaffMemberId id : order) {
            Candidate candidate = candidates.get(id);
            Optional<PassedOver> refusal = refusal(candidate, now);
            considered.add(considered(candidate, refusal));
            if (refusal.isEmpty()) {
                eligible.add(candidate);
            }
        }
        Candidate chosen = eligible.stream()
                .min(Comparator.comparingLong(Candidate::activeCases)
                        .thenComparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow(() -> noEligible(team, considered));
        List<Considered> ranked = considered.stream()
                .map(c -> c.passedOver().isEmpty() && !c.staffMemberId().equals(chosen.member().id())
                        ? new Considered(c.staffMemberId(), c.activeCases(), c.maxActiveCases(),
                        Optional.of(PassedOver.MORE_LOADED))
                        : c)
                .toList();
        return picked(chosen.member(), new AssignmentExplanation.LeastLoaded(team.id(), ranked), Optional.empty());
    }

    private static Optional<PassedOver> refusal(Candidate candidate, Instant now) {
        return candidate.member().refusal(candidate.activeCases(), now).map(PassedOver::because);
    }

    private static Considered considered(Candidate candidate, Optional<PassedOver> passedOver) {
        return new Considered(candidate.member().id(), candidate.activeCases(), candidate.member().maxActiveCases(),
                passedOver);
    }

    private static Choice picked(StaffMember member, AssignmentExplanation why, Optional<TeamId> rotation) {
        return new Choice(Assignee.staffMember(member.id()), Optional.of(member), List.of(member), Optional.empty(),
                why, rotation);
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
