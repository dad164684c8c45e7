package io.casework.adapters.persistence.jdbi;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.WorkflowRepositoryContract;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.WorkflowRepository;

class JdbiWorkflowRepositoryTest extends WorkflowRepositoryContract {
    private static final PostgresPersistence PERSISTENCE = new PostgresPersistence(TestDatabase.fresh().dataSource());

    @Override
    protected OrganizationRepository organizations() {
        return PERSISTENCE.organizations();
    }

    @Override
    protected WorkflowRepository workflows() {
        return PERSISTENCE.workflows();
    }
}
