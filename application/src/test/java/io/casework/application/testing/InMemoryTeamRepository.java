package io.casework.application.testing;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.out.TeamRepository;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryTeamRepository implements TeamRepository, InMemoryTransactions.Participant {
    private final Map<TeamId, Team> teams = new LinkedHashMap<>();
    final Map<TeamId, StaffMemberId> rotation = new HashMap<>();

    @Override
    public synchronized void add(Team team) {
        teams.put(team.id(), copy(team, team.version()));
    }

    @Override
    public synchronized Optional<Team> find(OrganizationId organizationId, TeamId id) {
        return Optional.ofNullable(teams.get(id)).filter(t -> t.organizationId().equals(organizationId))
                .map(t -> copy(t, t.version()));
    }

    @Override
    public synchronized void update(Team team) {
        Team stored = teams.get(team.id());
        if (stored == null || !stored.organizationId().equals(team.organizationId())
                || stored.version() != team.version()) {
            throw new StaleVersionException("team", team.id().value());
        }
        teams.put(team.id(), copy(team, team.version() + 1));
    }

    @Override
    public synchronized List<Team> list(OrganizationId organizationId, int limit, Optional<Position> after) {
        return InMemoryPages.newestFirst(teams.values().stream().filter(t -> t.organizationId().equals(organizationId)),
                t -> new Position(t.createdAt(), t.id().value()), limit, after);
    }

    private static Team copy(Team t, long version) {
        return Team.rehydrate(t.id(), t.organizationId(), t.name(), t.memberIds(), t.createdAt(), version);
    }

    /** Teams and their rotations. */
    @Override
    public synchronized Runnable snapshot() {
        Runnable teamsBack = InMemoryTransactions.Participant.restoring(this, teams);
        Runnable rotationBack = InMemoryTransactions.Participant.restoring(this, rotation);
        return () -> {
            teamsBack.run();
            rotationBack.run();
        };
    }
}
