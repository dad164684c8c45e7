package io.casework.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.NotificationOutboxContract;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.NotificationOutbox.PendingNotification;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.domain.assignee.StaffMember;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Claims span organizations, so each test gets a database of its own. */
class JdbiNotificationOutboxTest extends NotificationOutboxContract {
    private final DataSource dataSource = TestDatabase.fresh().dataSource();
    private final PostgresPersistence persistence = new PostgresPersistence(dataSource);

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

    @Test
    void forgetsTheLinkOfASignInEmailOnceSentOrGivenUp() {
        StaffMember member = aMember(storedOrganization());
        staffMembers().add(member);
        PendingNotification sent = signIn(member);
        PendingNotification givenUp = signIn(member);
        outbox().claimDue(clock.instant(), 10);

        outbox().markSent(List.of(sent.id()), clock.instant());
        outbox().markAttemptFailed(givenUp.id(), "mailbox unavailable", Optional.empty());

        for (PendingNotification notification : new PendingNotification[] {sent, givenUp}) {
            String stored = Jdbi.create(dataSource).withHandle(h -> h.createQuery(
                            "SELECT email::text FROM notifications WHERE id = :id")
                    .bind("id", notification.id()).mapTo(String.class).one());
            assertThat(stored).contains("ada@example.com").doesNotContain("sign_in_url", "t0ken");
        }
    }

    private PendingNotification signIn(StaffMember member) {
        String id = ids.next("ntf_");
        PendingNotification notification = new PendingNotification(id, member.organizationId(), null, member.id(),
                Notifier.Email.signIn(id + "@casework", new Notifier.Recipient("ada@example.com", "Ada"),
                        "https://casework.example.com/sign-in/t0ken"), 0, clock.instant());
        outbox().add(notification);
        return notification;
    }
}
