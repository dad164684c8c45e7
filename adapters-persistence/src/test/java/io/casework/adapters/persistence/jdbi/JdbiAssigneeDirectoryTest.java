package io.casework.adapters.persistence.jdbi;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.AssigneeDirectoryContract;
import io.casework.application.port.out.AssigneeDirectory;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;

class JdbiAssigneeDirectoryTest extends AssigneeDirectoryContract {
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

    @Override
    protected CaseRepository cases() {
        return PERSISTENCE.cases();
    }

    @Override
    protected AssigneeDirectory directory() {
        return PERSISTENCE.assigneeDirectory();
    }
}
