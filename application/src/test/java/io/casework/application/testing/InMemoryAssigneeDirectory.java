package io.casework.application.testing;

import io.casework.application.port.out.AssigneeDirectory;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads the in-memory repositories; the in-memory transactions' single lock stands in for row locks. */
public final class InMemoryAssigneeDirectory implements AssigneeDirectory, InMemoryTransactions.Participant {
    private final InMemoryStaffMemberRepository staff;
    private final InMemoryTeamRepository teams;
    private final InMemoryCaseRepository cases;
    private final Map<StaffMemberId, Instant> lastAssigned = new HashMap<>();

    public InMemoryAssigneeDirectory(InMemoryStaffMemberRepository staff, InMemoryTeamRepository teams,
                                     InMemoryCaseRepository cases) {
        this.staff = staff;
        this.teams = teams;
        this.cases = cases;
    }

    @Override
    public synchronized List<Candidate> lockStaffMembers(OrganizationId organizationId, Collection<StaffMemberId> ids) {
        return ids.stream().distinct().sorted(Comparator.comparing(StaffMemberId::value))
                .flatMap(id -> staff.find(organizationId, id).stream())
                .map(m -> new Candidate(m, cases.activeCases(m.id().value()), lastAssigned.get(m.id())))
                .toList();
    }

    @Override
    public synchronized Optional<LockedTeam> lockTeam(OrganizationId organizationId, TeamId id) {
        return teams.find(organizationId, id).map(team -> {
            Map<StaffMemberId, Candidate> candidates = new HashMap<>();
            lockStaffMembers(organizationId, team.memberIds()).forEach(c -> candidates.put(c.member().id(), c));
            List<Candidate> inTeamOrder = team.memberIds().stream().map(candidates::get).filter(Objects::nonNull)
                    .toList();
            return new LockedTeam(team, inTeamOrder, Optional.ofNullable(teams.rotation.get(id)));
        });
    }

    /** Reads as locking does: the in-memory locks are the transactions' own. */
    @Override
    public synchronized Locked readAll(OrganizationId organizationId, Collection<TeamId> teamIds,
                                       Collection<StaffMemberId> memberIds) {
        return lockAll(organizationId, teamIds, memberIds);
    }

    @Override
    public synchronized void recordAssignment(OrganizationId organizationId, StaffMemberId id, Instant at) {
        lastAssigned.put(id, at);
    }

    @Override
    public synchronized void recordRotationPick(OrganizationId organizationId, TeamId id, StaffMemberId picked,
                                                Instant at) {
        if (teams.find(organizationId, id).isPresent()) {
            teams.rotation.put(id, picked);
        }
        if (staff.find(organizationId, picked).isPresent()) {
            lastAssigned.put(picked, at);
        }
    }

    @Override
    public synchronized Runnable snapshot() {
        return InMemoryTransactions.Participant.restoring(this, lastAssigned);
    }
}
