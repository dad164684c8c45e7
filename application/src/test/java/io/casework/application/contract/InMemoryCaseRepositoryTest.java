package io.casework.application.contract;

import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.testing.InMemoryCaseRepository;
import io.casework.application.testing.InMemoryOrganizationRepository;

class InMemoryCaseRepositoryTest extends CaseRepositoryContract {
    private final OrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final CaseRepository cases = new InMemoryCaseRepository();

    @Override
    protected OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    protected CaseRepository cases() {
        return cases;
    }
}
