package io.casework.application.testing;

import io.casework.application.port.out.OrganizationRepository;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryOrganizationRepository implements OrganizationRepository, InMemoryTransactions.Participant {
    private final Map<OrganizationId, Organization> organizations = new ConcurrentHashMap<>();

    @Override
    public void add(Organization organization) {
        if (organizations.putIfAbsent(organization.id(), organization) != null) {
            throw new IllegalStateException("duplicate organization " + organization.id());
        }
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        return Optional.ofNullable(organizations.get(id));
    }

    @Override
    public void update(Organization organization) {
        organizations.replace(organization.id(), organization);
    }

    @Override
    public synchronized Runnable snapshot() {
        return InMemoryTransactions.Participant.restoring(this, organizations);
    }
}
