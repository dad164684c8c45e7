package io.casework.application.service.staff;

import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.TeamQueries;
import io.casework.application.port.out.TeamRepository;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;

public final class TeamQueryService implements TeamQueries {
    private final TeamRepository teams;

    public TeamQueryService(TeamRepository teams) {
        this.teams = teams;
    }

    @Override
    public Team get(OrganizationId organizationId, TeamId id) {
        return find(teams, organizationId, id);
    }

    @Override
    public Page<Team> list(OrganizationId organizationId, PageRequest page) {
        return Page.fromOverfetch(teams.list(organizationId, page.limit() + 1, page.after()), page.limit(),
                t -> new PageRequest.Position(t.createdAt(), t.id().value()));
    }

    static Team find(TeamRepository teams, OrganizationId organizationId, TeamId id) {
        return teams.find(organizationId, id).orElseThrow(() -> new NotFoundException("team", id.value()));
    }
}
