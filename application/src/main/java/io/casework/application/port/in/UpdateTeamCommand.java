package io.casework.application.port.in;

import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** A partial change: a new name and/or the whole member list. */
public record UpdateTeamCommand(OrganizationId organizationId, TeamId id, OptionalLong expectedVersion,
                                Optional<String> name, Optional<List<String>> memberIds) {
    public UpdateTeamCommand {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
    }
}
