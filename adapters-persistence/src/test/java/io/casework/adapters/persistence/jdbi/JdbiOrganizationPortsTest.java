package io.casework.adapters.persistence.jdbi;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.OrganizationPortsContract;
import io.casework.application.port.out.ApiKeyRepository;
import io.casework.application.port.out.AssignCaseUsage;
import io.casework.application.port.out.OrganizationRepository;

class JdbiOrganizationPortsTest extends OrganizationPortsContract {
    private static final PostgresPersistence PERSISTENCE = new PostgresPersistence(TestDatabase.fresh().dataSource());

    @Override
    protected OrganizationRepository organizations() {
        return PERSISTENCE.organizations();
    }

    @Override
    protected ApiKeyRepository apiKeys() {
        return PERSISTENCE.apiKeys();
    }

    @Override
    protected AssignCaseUsage usage() {
        return PERSISTENCE.assignCaseUsage();
    }
}
