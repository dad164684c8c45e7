package io.casework.application.service.assignment;

import io.casework.application.port.in.AssignmentTarget.TeamStrategy;
import io.casework.application.port.out.AssigneeDirectory.Candidate;
import io.casework.application.port.out.AssigneeDirectory.LockedTeam;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.AssignmentExplanation.Considered;
import io.casework.domain.cases.AssignmentExplanation.PassedOver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How each team strategy chooses among the members, over the team as the caller read it: locked, by a real
 * assignment ({@link CaseAssigner}), or not, by a dry run. It decides only; recording the pick is the caller's.
 */
public final class TeamStrategies {
    private TeamStrategies() {
    }

    /**
     * @param picked     the member chosen; empty for a team queue, or when no member can take the case
     * @param recipients who is told: the pick, or the team queue's reachable members
     * @param why        the members considered and why each was passed over (all of them, when none was picked)
     */
    public record TeamChoice(Optional<StaffMember> picked, List<StaffMember> recipients, AssignmentExplanation why) {
    }

    /** @param now the instant eligibility is decided at: out-of-office windows are read against it */
    public static TeamChoice choose(LockedTeam team, TeamStrategy strategy, Instant now) {
        Map<StaffMemberId, Candidate> candidates = team.members().stream()
                .collect(Collectors.toMap(c -> c.member().id(), Function.identity()));
        List<StaffMemberId> order = rotationOrder(team, strategy);
        return switch (strategy) {
            case TEAM_QUEUE -> teamQueue(order, candidates, now);
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

    private static TeamChoice teamQueue(List<StaffMemberId> order, Map<StaffMemberId, Candidate> candidates,
                                        Instant now) {
        List<StaffMember> notified = order.stream().map(candidates::get)
                .filter(c -> c != null && c.member().isReachable(now))
                .map(Candidate::member)
                .toList();
        return new TeamChoice(Optional.empty(), notified,
                new AssignmentExplanation.TeamQueue(notified.stream().map(StaffMember::id).toList()));
    }

    /** Picks the first eligible member in rotation order; the members after them are listed too, as they stood. */
    private static TeamChoice roundRobin(LockedTeam team, List<StaffMemberId> order,
                                         Map<StaffMemberId, Candidate> candidates, Instant now) {
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
        return picked(Optional.ofNullable(chosen),
                new AssignmentExplanation.RoundRobin(team.team().id(), considered));
    }

    private static TeamChoice leastLoaded(LockedTeam team, List<StaffMemberId> order,
                                          Map<StaffMemberId, Candidate> candidates, Instant now) {
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
        Optional<Candidate> chosen = eligible.stream()
                .min(Comparator.comparingLong(Candidate::activeCases)
                        .thenComparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<Considered> ranked = considered.stream()
                .map(c -> c.passedOver().isEmpty() && !c.staffMemberId().equals(chosen.get().member().id())
                        ? new Considered(c.staffMemberId(), c.activeCases(), c.maxActiveCases(),
                        Optional.of(PassedOver.MORE_LOADED))
                        : c)
                .toList();
        return picked(chosen, new AssignmentExplanation.LeastLoaded(team.team().id(), ranked));
    }

    private static Optional<PassedOver> refusal(Candidate candidate, Instant now) {
        return candidate.member().refusal(candidate.activeCases(), now).map(PassedOver::because);
    }

    private static Considered considered(Candidate candidate, Optional<PassedOver> passedOver) {
        return new Considered(candidate.member().id(), candidate.activeCases(), candidate.member().maxActiveCases(),
                passedOver);
    }

    private static TeamChoice picked(Optional<Candidate> chosen, AssignmentExplanation why) {
        Optional<StaffMember> member = chosen.map(Candidate::member);
        return new TeamChoice(member, member.map(List::of).orElse(List.of()), why);
    }
}
