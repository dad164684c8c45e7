package io.casework.adapters.rest.staff;

import io.casework.adapters.rest.dto.Violations;
import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.in.CreateStaffMemberCommand;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.Role;
import io.casework.domain.organization.OrganizationId;
import java.util.function.Function;

public record CreateStaffMemberRequest(String email, String name, String role) {
    public CreateStaffMemberCommand toCommand(OrganizationId organizationId) {
        Violations violations = new Violations();
        Email address = violations.required("email", email, Email::new);
        violations.required("name", name, Function.identity());
        Role given = violations.optional("role", role, WireNames.parser(Role.class));
        violations.throwIfAny();
        return new CreateStaffMemberCommand(organizationId, address, name, given == null ? Role.REVIEWER : given);
    }
}
