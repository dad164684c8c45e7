package io.casework.application.contract;

import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Sessions;
import io.casework.application.port.out.SignInLinks;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.testing.InMemoryOrganizationRepository;
import io.casework.application.testing.InMemorySessions;
import io.casework.application.testing.InMemorySignInLinks;
import io.casework.application.testing.InMemoryStaffMemberRepository;

class InMemorySignInStoresTest extends SignInStoresContract {
    private final OrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final StaffMemberRepository staffMembers = new InMemoryStaffMemberRepository();
    private final SignInLinks links = new InMemorySignInLinks();
    private final Sessions sessions = new InMemorySessions();

    @Override
    protected OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    protected StaffMemberRepository staffMembers() {
        return staffMembers;
    }

    @Override
    protected SignInLinks links() {
        return links;
    }

    @Override
    protected Sessions sessions() {
        return sessions;
    }
}
