package io.casework.application.port.in;

import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.Role;
import io.casework.domain.organization.OrganizationId;
import java.util.Objects;

public record CreateStaffMemberCommand(OrganizationId organizationId, Email email, String name, Role role) {
    public CreateStaffMemberCommand {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
