package io.casework.application.port.out;

import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * What choosing an assignee needs, under locks held until the transaction ends, so that concurrent
 * assignments see each other: a member's capacity is never exceeded and a rotation never skips or repeats.
 * Members are always locked in the same order (by id), so two assignments cannot deadlock.
 */
public interface AssigneeDirectory {
    /** Locks the given members of the organization and returns them with their load; unknown ids are left out. */
    List<Candidate> lockStaffMembers(OrganizationId organizationId, Collection<StaffMemberId> ids);

    /**
     * Locks the team, which guards its rotation, then its members, and returns all of it as the transactions it
     * waited for left it: the team, its members with their load (in the team's order), and the member its round
     * robin picked last.
     */
    Optional<LockedTeam> lockTeam(OrganizationId organizationId, TeamId id);

    /**
     * Everything a batch of assignments in one organization may need, locked in the order every transaction locks
     * them: the teams (by id), then all their members and the other given members together (by id). Unknown ids are
     * left out.
     */
    default Locked lockAll(OrganizationId organizationId, Collection<TeamId> teamIds,
                           Collection<StaffMemberId> memberIds) {
        Map<TeamId, LockedTeam> teams = new LinkedHashMap<>();
        Map<StaffMemberId, Candidate> members = new LinkedHashMap<>();
        teamIds.stream().distinct().sorted(Comparator.comparing(TeamId::value))
                .forEach(id -> lockTeam(organizationId, id).ifPresent(team -> {
                    teams.put(id, team);
                    team.members().forEach(c -> members.put(c.member().id(), c));
                }));
        lockStaffMembers(organizationId, memberIds.stream().distinct().filter(id -> !members.containsKey(id)).toList())
                .forEach(c -> members.put(c.member().id(), c));
        return new Locked(teams, members);
    }

    /**
     * What {@link #lockAll} returns, read as last committed without taking or waiting for any lock: for a dry run,
     * which must neither slow real assignments down nor change anything.
     */
    Locked readAll(OrganizationId organizationId, Collection<TeamId> teamIds, Collection<StaffMemberId> memberIds);

    /** The member was given a case at {@code at}. */
    void recordAssignment(OrganizationId organizationId, StaffMemberId id, Instant at);

    /**
     * The team's round robin gave a case to {@code picked} at {@code at}: records the team's last pick and the
     * member's last assignment together, as {@link #recordAssignment} would.
     */
    void recordRotationPick(OrganizationId organizationId, TeamId id, StaffMemberId picked, Instant at);

    /**
     * Many assignments' records at once: each team's rotation's last pick, and each member's last assignment (a
     * picked member is among them).
     */
    default void recordAssignments(OrganizationId organizationId, Map<TeamId, StaffMemberId> rotationPicks,
                                   Map<StaffMemberId, Instant> lastAssigned) {
        rotationPicks.forEach((team, member) -> recordRotationPick(organizationId, team, member,
                lastAssigned.get(member)));
        lastAssigned.forEach((member, at) -> {
            if (!rotationPicks.containsValue(member)) {
                recordAssignment(organizationId, member, at);
            }
        });
    }

    /** A member with their open and pending cases and the time they were last given one (null: never). */
    record Candidate(StaffMember member, long activeCases, Instant lastAssignedAt) {
    }

    /** What {@link #lockAll} locked: the teams found, and every member found (of the teams, and the others). */
    record Locked(Map<TeamId, LockedTeam> teams, Map<StaffMemberId, Candidate> members) {
    }

    /** A locked team: its members as candidates, in the team's order, and its rotation's last pick. */
    record LockedTeam(Team team, List<Candidate> members, Optional<StaffMemberId> lastRotationPick) {
        public LockedTeam {
            members = List.copyOf(members);
        }
    }
}
