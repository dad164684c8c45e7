package io.casework.application.contract;

import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.testing.InMemoryCaseRepository;
import io.casework.application.testing.InMemoryNotificationOutbox;
import io.casework.application.testing.InMemoryOrganizationRepository;
import io.casework.application.testing.InMemoryStaffMemberRepository;

class InMemoryNotificationOutboxTest extends NotificationOutboxContract {
    private final OrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final StaffMemberRepository staffMembers = new InMemoryStaffMemberRepository();
    private final CaseRepository cases = new InMemoryCaseRepository();
    private final NotificationOutbox outbox = new InMemoryNotificationOutbox();

    @Override
    protected OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    protected StaffMemberRepository staffMembers() {
        return staffMembers;
    }

    @Override
    protected CaseRepository cases() {
        return cases;
    }

    @Override
    protected NotificationOutbox outbox() {
        return outbox;
    }
}
