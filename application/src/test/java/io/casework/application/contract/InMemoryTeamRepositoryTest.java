package io.casework.application.contract;

import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;
import io.casework.application.testing.InMemoryOrganizationRepository;
import io.casework.application.testing.InMemoryStaffMemberRepository;
import io.casework.application.testing.InMemoryTeamRepository;

class InMemoryTeamRepositoryTest extends TeamRepositoryContract {
    private final OrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final StaffMemberRepository staffMembers = new InMemoryStaffMemberRepository();
    private final TeamRepository teams = new InMemoryTeamRepository();

    @Override
    protected OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    protected StaffMemberRepository staffMembers() {
        return staffMembers;
    }

    @Override
    protected TeamRepository teams() {
        return teams;
    }
}
