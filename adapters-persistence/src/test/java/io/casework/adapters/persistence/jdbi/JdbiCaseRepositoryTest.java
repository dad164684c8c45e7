package io.casework.adapters.persistence.jdbi;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.CaseRepositoryContract;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.OrganizationRepository;

class JdbiCaseRepositoryTest extends CaseRepositoryContract {
    private static final PostgresPersistence PERSISTENCE = new PostgresPersistence(TestDatabase.fresh().dataSource());

    @Override
    protected OrganizationRepository organizations() {
        return PERSISTENCE.organizations();
    }

    @Override
    protected CaseRepository cases() {
        return PERSISTENCE.cases();
    }
}
