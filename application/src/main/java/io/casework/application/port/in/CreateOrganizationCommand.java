package io.casework.application.port.in;

import io.casework.domain.organization.Plan;
import java.util.Objects;

public record CreateOrganizationCommand(String name, Plan plan) {
    public CreateOrganizationCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plan, "plan");
    }
}
