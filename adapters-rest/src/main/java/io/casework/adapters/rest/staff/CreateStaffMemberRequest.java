package io.casework.adapters.rest.staff;

import io.casework.adapters.rest.dto.Violations;
import io.casework.application.port.in.CreateStaffMemberCommand;
import io.casework.domain.assignee.Email;
import io.casework.domain.organization.OrganizationId;
import java.util.function.Function;

public record CreateStaffMemberRequest(String email, String name) {
    public CreateStaffMemberCommand toCommand(OrganizationId organizationId) {
        Violations violations = new Violations();
        Email address = violations.required("email", email, Email::new);
        violations.required("name", name, Function.identity());
        violations.throwIfAny();
        return new CreateStaffMemberCommand(organizationId, address, name);
    }
}
