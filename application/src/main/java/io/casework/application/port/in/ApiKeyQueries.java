package io.casework.application.port.in;

import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.domain.organization.OrganizationId;

public interface ApiKeyQueries {
    /** Every key the organization has had, revoked ones too, newest first. */
    Page<ApiKeyView> list(OrganizationId organizationId, PageRequest page);
}
