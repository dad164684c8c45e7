package io.casework.application.contract;

import io.casework.application.port.out.AssigneeDirectory;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;
import io.casework.application.testing.InMemoryAssigneeDirectory;
import io.casework.application.testing.InMemoryCaseRepository;
import io.casework.application.testing.InMemoryOrganizationRepository;
import io.casework.application.testing.InMemoryStaffMemberRepository;
import io.casework.application.testing.InMemoryTeamRepository;

class InMemoryAssigneeDirectoryTest extends AssigneeDirectoryContract {
    private final OrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryStaffMemberRepository staffMembers = new InMemoryStaffMemberRepository();
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemoryCaseRepository cases = new InMemoryCaseRepository();
    private final AssigneeDirectory directory = new InMemoryAssigneeDirectory(staffMembers, teams, cases);

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

    @Override
    protected CaseRepository cases() {
        return cases;
    }

    @Override
    protected AssigneeDirectory directory() {
        return directory;
    }
}
