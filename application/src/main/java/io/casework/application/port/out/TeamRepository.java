package io.casework.application.port.out;

import io.casework.application.port.PageRequest.Position;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

public interface TeamRepository {
    void add(Team team);

    Optional<Team> find(OrganizationId organizationId, TeamId id);

    /**
     * Stores a change made to the team as loaded at {@code team.version()}, bumping the version.
     *
     * @throws io.casework.application.port.in.StaleVersionException when someone else changed it since
     */
    void update(Team team);

    /** Newest first, at most {@code limit} teams created before {@code after}. */
    List<Team> list(OrganizationId organizationId, int limit, Optional<Position> after);
}
