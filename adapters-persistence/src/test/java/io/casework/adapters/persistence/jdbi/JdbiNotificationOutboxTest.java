package io.casework.adapters.persistence.jdbi;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.NotificationOutboxContract;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.StaffMemberRepository;

/** Claims span organizations, so each test gets a database of its own. */
class JdbiNotificationOutboxTest extends NotificationOutboxContract {
    private final PostgresPersistence persistence = new PostgresPersistence(TestDatabase.fresh().dataSource());

    @Override
    protected OrganizationRepository organizations() {
        return persistence.organizations();
    }

    @Override
    protected StaffMemberRepository staffMembers() {
        return persistence.staffMembers();
    }

    @Override
    protected CaseRepository cases() {
        return persistence.cases();
    }

    @Override
    protected NotificationOutbox outbox() {
        return persistence.notificationOutbox();
    }
}
