package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import java.util.Objects;

public record ChangePlanCommand(OrganizationId organizationId, Plan plan) {
    public ChangePlanCommand {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(plan, "plan");
    }
}
