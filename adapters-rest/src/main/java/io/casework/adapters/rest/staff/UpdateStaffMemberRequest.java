package io.casework.adapters.rest.staff;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.dto.PatchDocument;
import io.casework.application.port.in.UpdateStaffMemberCommand;
import io.casework.domain.assignee.Availability;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.StaffStatus;
import io.casework.domain.organization.OrganizationId;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** PATCH of a staff member; an {@code email} is checked as on create. */
public final class UpdateStaffMemberRequest {
    private static final Set<String> SETTABLE = Set.of("email", "name", "role", "availability", "status",
            "max_active_cases");

    private UpdateStaffMemberRequest() {
    }

    public static UpdateStaffMemberCommand toCommand(JsonNode body, OrganizationId organizationId, StaffMemberId id,
                                                     OptionalLong expectedVersion) {
        PatchDocument patch = PatchDocument.of(body, SETTABLE);
        Optional<Email> email = patch.string("email")
                .map(address -> patch.violations().optional("email", address, Email::new));
        Optional<String> name = patch.string("name");
        Optional<Role> role = patch.choice("role", Role.class);
        Optional<Availability> availability = patch.choice("availability", Availability.class);
        Optional<StaffStatus> status = patch.choice("status", StaffStatus.class);
        Optional<Optional<Integer>> maxActiveCases = patch.nullableInteger("max_active_cases");
        patch.throwIfInvalid();
        return new UpdateStaffMemberCommand(organizationId, id, expectedVersion, name, role, availability, status,
                maxActiveCases, email);
    }
}
