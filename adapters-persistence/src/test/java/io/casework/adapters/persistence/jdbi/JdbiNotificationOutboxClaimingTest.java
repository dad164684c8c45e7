package io.casework.adapters.persistence.jdbi;

import static io.casework.adapters.persistence.jdbi.Concurrently.PATIENCE;
import static io.casework.adapters.persistence.jdbi.Concurrently.whileTheFirstHoldsItsClaim;
import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.adapters.persistence.jdbi.Concurrently.Claims;
import io.casework.application.contract.PortContract;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.NotificationOutbox.PendingNotification;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Senders in several processes claim from one table: what only a real database can show. */
class JdbiNotificationOutboxClaimingTest extends PortContract {
    private static final int SENDERS = 4;

    private final PostgresPersistence persistence = new PostgresPersistence(TestDatabase.fresh().dataSource());
    private final NotificationOutbox outbox = persistence.notificationOutbox();
    private final ExecutorService threads = Executors.newFixedThreadPool(SENDERS);

    @Override
    protected OrganizationRepository organizations() {
        return persistence.organizations();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private List<String> addedNotifications(int count) {
        OrganizationId org = storedOrganization();
        StaffMember member = aMember(org);
        persistence.staffMembers().add(member);
        Case aCase = aCase(org).build();
        persistence.cases().add(aCase);
        List<String> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PendingNotification notification = aNotification(member, aCase.id(), clock.instant());
            outbox.add(notification);
            added.add(notification.id());
        }
        return added;
    }

    private static List<String> idsOf(List<PendingNotification> claimed) {
        return claimed.stream().map(PendingNotification::id).toList();
    }

    @Test
    void aClaimPassesOverNotificationsAnotherSenderIsClaimingWithoutWaitingForIt() throws Exception {
        List<String> added = addedNotifications(10);
        Instant now = clock.instant();
        Claims<List<String>> claims = whileTheFirstHoldsItsClaim(persistence.transactions(),
                () -> idsOf(outbox.claimDue(now, 5)), () -> idsOf(outbox.claimDue(now, 10)));
        List<String> firstClaims = claims.first();
        List<String> second = claims.second();

        assertThat(second).hasSize(5).doesNotContainAnyElementsOf(firstClaims);
        assertThat(firstClaims).hasSize(5);
        List<String> all = new ArrayList<>(firstClaims);
        all.addAll(second);
        assertThat(all).containsExactlyInAnyOrderElementsOf(added);
    }

    @Test
    void sendersClaimingAtTheSameTimeNeverGetTheSameNotification() throws Exception {
        List<String> added = addedNotifications(300);
        Instant now = clock.instant();
        CyclicBarrier start = new CyclicBarrier(SENDERS);
        List<Future<List<String>>> senders = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            senders.add(threads.submit(() -> {
                start.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                List<String> claimed = new ArrayList<>();
                List<PendingNotification> batch;
                do {
                    batch = persistence.transactions().inTransaction(() -> {
                        List<PendingNotification> held = outbox.claimDue(now, 7);
                        outbox.markSent(held.stream().map(n -> n.id()).toList(), now);
                        return held;
                    });
                    claimed.addAll(idsOf(batch));
                } while (!batch.isEmpty());
                return claimed;
            }));
        }

        List<String> claimed = new ArrayList<>();
        for (Future<List<String>> sender : senders) {
            claimed.addAll(sender.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        }
        assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(added);
    }
}
