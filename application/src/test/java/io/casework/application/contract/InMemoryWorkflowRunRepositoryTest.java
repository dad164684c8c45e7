package io.casework.application.contract;

import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.application.testing.InMemoryOrganizationRepository;
import io.casework.application.testing.InMemoryWorkflowRepository;
import io.casework.application.testing.InMemoryWorkflowRunRepository;

class InMemoryWorkflowRunRepositoryTest extends WorkflowRunRepositoryContract {
    private final OrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final WorkflowRepository workflows = new InMemoryWorkflowRepository();
    private final WorkflowRunRepository runs = new InMemoryWorkflowRunRepository();

    @Override
    protected OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    protected WorkflowRepository workflows() {
        return workflows;
    }

    @Override
    protected WorkflowRunRepository runs() {
        return runs;
    }
}
