package io.casework.adapters.persistence.jdbi;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.WorkflowRunRepositoryContract;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.port.out.WorkflowRunRepository;

/** A database per test: claiming takes from every organization's runs. */
class JdbiWorkflowRunRepositoryTest extends WorkflowRunRepositoryContract {
    private final PostgresPersistence persistence = new PostgresPersistence(TestDatabase.fresh().dataSource());

    @Override
    protected OrganizationRepository organizations() {
        return persistence.organizations();
    }

    @Override
    protected WorkflowRepository workflows() {
        return persistence.workflows();
    }

    @Override
    protected WorkflowRunRepository runs() {
        return persistence.workflowRuns();
    }
}
