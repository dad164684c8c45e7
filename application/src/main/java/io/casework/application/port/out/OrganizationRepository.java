package io.casework.application.port.out;

import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import java.util.Optional;

public interface OrganizationRepository {
    void add(Organization organization);

    Optional<Organization> find(OrganizationId id);

    /** Stores a changed plan or changed settings; the organization must exist. */
    void update(Organization organization);
}
