package io.casework.application.port.in;

import io.casework.application.port.PageRequest;
import io.casework.application.port.Page;

import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;

public interface TeamQueries {
    Team get(OrganizationId organizationId, TeamId id);

    Page<Team> list(OrganizationId organizationId, PageRequest page);
}
