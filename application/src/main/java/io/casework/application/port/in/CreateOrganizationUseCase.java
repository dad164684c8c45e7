package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;

public interface CreateOrganizationUseCase {
    /** Creates the organization and its first API key; the key's secret is shown only in this result. */
    CreatedOrganization create(CreateOrganizationCommand command);

    record CreatedOrganization(OrganizationId organizationId, String apiKey) {
    }
}
