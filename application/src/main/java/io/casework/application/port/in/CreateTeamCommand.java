package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;
import java.util.List;
import java.util.Objects;

/** {@code memberIds} are raw strings so that each bad one can be named by its position. */
public record CreateTeamCommand(OrganizationId organizationId, String name, List<String> memberIds) {
    public CreateTeamCommand {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(name, "name");
        memberIds = List.copyOf(memberIds);
    }
}
