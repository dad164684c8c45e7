package io.casework.application.contract;

import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.testing.InMemoryOrganizationRepository;
import io.casework.application.testing.InMemoryStaffMemberRepository;

class InMemoryStaffMemberRepositoryTest extends StaffMemberRepositoryContract {
    private final OrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final StaffMemberRepository staffMembers = new InMemoryStaffMemberRepository();

    @Override
    protected OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    protected StaffMemberRepository staffMembers() {
        return staffMembers;
    }
}
