package io.casework.application.testing;

import io.casework.application.port.out.SlaPolicyRepository;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.sla.SlaPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class InMemorySlaPolicies implements SlaPolicyRepository, InMemoryTransactions.Participant {
    private final Map<OrganizationId, List<SlaPolicy>> policies = new HashMap<>();

    @Override
    public synchronized List<SlaPolicy> list(OrganizationId organizationId) {
        return policies.getOrDefault(organizationId, List.of());
    }

    @Override
    public synchronized void replace(OrganizationId organizationId, List<SlaPolicy> replacement) {
        policies.put(organizationId, List.copyOf(replacement));
    }

    @Override
    public synchronized Runnable snapshot() {
        return InMemoryTransactions.Participant.restoring(this, policies);
    }
}
