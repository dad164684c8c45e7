package io.casework.adapters.persistence.jdbi;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.StaffMemberRepositoryContract;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.StaffMemberRepository;

class JdbiStaffMemberRepositoryTest extends StaffMemberRepositoryContract {
    private static final PostgresPersistence PERSISTENCE = new PostgresPersistence(TestDatabase.fresh().dataSource());

    @Override
    protected OrganizationRepository organizations() {
        return PERSISTENCE.organizations();
    }

    @Override
    protected StaffMemberRepository staffMembers() {
        return PERSISTENCE.staffMembers();
    }
}
