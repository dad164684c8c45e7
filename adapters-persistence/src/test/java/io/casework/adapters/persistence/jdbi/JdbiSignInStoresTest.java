package io.casework.adapters.persistence.jdbi;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.SignInStoresContract;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Sessions;
import io.casework.application.port.out.SignInLinks;
import io.casework.application.port.out.StaffMemberRepository;

class JdbiSignInStoresTest extends SignInStoresContract {
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
    protected SignInLinks links() {
        return PERSISTENCE.signInLinks();
    }

    @Override
    protected Sessions sessions() {
        return PERSISTENCE.sessions();
    }
}
