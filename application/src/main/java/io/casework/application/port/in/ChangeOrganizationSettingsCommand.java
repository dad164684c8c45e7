package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.ReassignmentSettings.OnUnavailable;
import java.util.Objects;
import java.util.Optional;

/** A partial change of the organization's settings; empty parts stay as they are. */
public record ChangeOrganizationSettingsCommand(OrganizationId organizationId, Optional<OnUnavailable> onUnavailable,
                                                Optional<Integer> afterHours) {
    public ChangeOrganizationSettingsCommand {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(onUnavailable, "onUnavailable");
        Objects.requireNonNull(afterHours, "afterHours");
    }
}
