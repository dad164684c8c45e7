package io.casework.application.port.in;

import io.casework.domain.organization.Organization;

/** {@code PATCH /v1/organization}: an admin changes the organization's settings. */
public interface ChangeOrganizationSettingsUseCase {
    Organization change(ChangeOrganizationSettingsCommand command);
}
