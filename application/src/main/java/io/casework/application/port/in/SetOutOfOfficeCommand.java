package io.casework.application.port.in;

import io.casework.domain.assignee.OutOfOffice;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import java.util.Objects;
import java.util.OptionalLong;

/** Replaces a staff member's out-of-office windows. {@code expectedVersion}: the client's If-Match, if any. */
public record SetOutOfOfficeCommand(OrganizationId organizationId, StaffMemberId id, OptionalLong expectedVersion,
                                    OutOfOffice windows) {
    public SetOutOfOfficeCommand {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(windows, "windows");
    }
}
