package io.casework.adapters.persistence.jdbi;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.TeamRepositoryContract;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;

class JdbiTeamRepositoryTest extends TeamRepositoryContract {
    private static final PostgresPersistence PERSISTENCE = new PostgresPersistence(TestDatabase.fresh().dataSource());

    @Override
    protected OrganizationRepository organizations() {
        return PERSISTENCE.organizations();
    }

    @Override
    protected StaffMemberRepository staffMembers() {
        return PERSISTENCE.staffMembers();
    }

    @Override
    protected TeamRepository teams() {
        return PERSISTENCE.teams();
    }
}
