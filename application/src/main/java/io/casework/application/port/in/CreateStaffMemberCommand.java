package io.casework.application.port.in;

import io.casework.domain.assignee.Email;
import io.casework.domain.organization.OrganizationId;
import java.util.Objects;

public record CreateStaffMemberCommand(OrganizationId organizationId, Email email, String name) {
    public CreateStaffMemberCommand {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
    }
}
