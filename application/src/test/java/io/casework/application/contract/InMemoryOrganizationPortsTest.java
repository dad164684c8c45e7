package io.casework.application.contract;

import io.casework.application.port.out.ApiKeyRepository;
import io.casework.application.port.out.AssignCaseUsage;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.testing.InMemoryApiKeyRepository;
import io.casework.application.testing.InMemoryAssignCaseUsage;
import io.casework.application.testing.InMemoryOrganizationRepository;

class InMemoryOrganizationPortsTest extends OrganizationPortsContract {
    private final OrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final ApiKeyRepository apiKeys = new InMemoryApiKeyRepository();
    private final AssignCaseUsage usage = new InMemoryAssignCaseUsage();

    @Override
    protected OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    protected ApiKeyRepository apiKeys() {
        return apiKeys;
    }

    @Override
    protected AssignCaseUsage usage() {
        return usage;
    }
}
