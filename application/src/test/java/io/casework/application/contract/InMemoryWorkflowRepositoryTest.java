package io.casework.application.contract;

import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.testing.InMemoryOrganizationRepository;
import io.casework.application.testing.InMemoryWorkflowRepository;

class InMemoryWorkflowRepositoryTest extends WorkflowRepositoryContract {
    private final OrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final WorkflowRepository workflows = new InMemoryWorkflowRepository();

    @Override
    protected OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    protected WorkflowRepository workflows() {
        return workflows;
    }
}
