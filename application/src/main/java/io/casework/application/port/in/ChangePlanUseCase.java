package io.casework.application.port.in;

import io.casework.domain.organization.Organization;

public interface ChangePlanUseCase {
    Organization changePlan(ChangePlanCommand command);
}
