package io.casework.application.port.in;

import io.casework.domain.assignee.Availability;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.StaffStatus;
import io.casework.domain.organization.OrganizationId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A partial change; empty parts stay as they are. {@code maxActiveCases}: outer empty leaves it, inner empty
 * removes the limit. {@code expectedVersion}: the client's If-Match, if any.
 */
public record UpdateStaffMemberCommand(OrganizationId organizationId, StaffMemberId id, OptionalLong expectedVersion,
                                       Optional<String> name, Optional<Role> role, Optional<Availability> availability,
                                       Optional<StaffStatus> status, Optional<Optional<Integer>> maxActiveCases,
                                       Optional<Email> email) {
    public UpdateStaffMemberCommand {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
    }

    /** A change that keeps the email, as most are. */
    public UpdateStaffMemberCommand(OrganizationId organizationId, StaffMemberId id, OptionalLong expectedVersion,
                                    Optional<String> name, Optional<Role> role, Optional<Availability> availability,
                                    Optional<StaffStatus> status, Optional<Optional<Integer>> maxActiveCases) {
        this(organizationId, id, expectedVersion, name, role, availability, status, maxActiveCases, Optional.empty());
    }
}
