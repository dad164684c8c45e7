package io.casework.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.in.CreateCaseCommand;
import io.casework.application.port.out.Telemetry;
import io.casework.application.service.cases.CaseSlas;
import io.casework.application.service.cases.CreateCaseService;
import io.casework.application.testing.SequentialIds;
import io.casework.application.testing.TestClock;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseCreated;
import io.casework.domain.cases.CaseType;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent creations committed together on PostgreSQL: the first creation's transaction is held open by its
 * trigger, so the creations arriving meanwhile queue and are written as one group after it.
 */
class CaseCreationGroupsTest {
    private final PostgresPersistence persistence = new PostgresPersistence(TestDatabase.fresh().dataSource());
    private final SequentialIds ids = new SequentialIds();
    private final TestClock clock = TestClock.startingAt("2026-11-26T10:15:30Z");
    private final OrganizationId org = organization();
    private final List<List<Case>> triggered = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstMayCommit = new CountDownLatch(1);
    private final ExecutorService requests = Executors.newCachedThreadPool();
    private final List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
    private int submitted;
    private final CreateCaseService create = new CreateCaseService(persistence.cases(), persistence.caseTimeline(),
            opened -> {
                boolean first = triggered.isEmpty();
                triggered.add(opened);
                if (first) {
                    await(firstMayCommit);
                }
            }, new CaseSlas(persistence.slaPolicies()), ids, persistence.transactions(), clock, Telemetry.NONE);

    @AfterEach
    void stop() {
        requests.shutdownNow();
    }

    @Test
    void creationsArrivingWhileOneCommitsAreCommittedTogetherNext() throws Exception {
        Future<Case> first = creating(org, "first");
        awaitTriggered(1);
        List<Future<Case>> group = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            group.add(creating(org, "grouped"));
        }
        awaitAllWaiting();

        firstMayCommit.countDown();

        assertStoredWithOneCreatedEvent(first.get(10, TimeUnit.SECONDS));
        for (Future<Case> created : group) {
            assertStoredWithOneCreatedEvent(created.get(10, TimeUnit.SECONDS));
        }
        assertThat(triggered).extracting(List::size).containsExactly(1, 5);
    }

    @Test
    void aCaseThatPostgresRefusesFailsAloneAndTheRestOfItsGroupIsStored() throws Exception {
        Future<Case> first = creating(org, "first");
        awaitTriggered(1);
        Future<Case> before = creating(org, "grouped");
        awaitAllWaiting();
        Future<Case> refused = creating(new OrganizationId(ids.next(OrganizationId.PREFIX)), "no such organization");
        awaitAllWaiting();
        Future<Case> after = creating(org, "grouped");
        awaitAllWaiting();

        firstMayCommit.countDown();

        assertStoredWithOneCreatedEvent(first.get(10, TimeUnit.SECONDS));
        assertStoredWithOneCreatedEvent(before.get(10, TimeUnit.SECONDS));
        assertStoredWithOneCreatedEvent(after.get(10, TimeUnit.SECONDS));
        assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS)).hasMessageContaining("cases_organization_id_fkey");
        // the group of three failed at the cases' insert; each was written again alone, the good ones once
        assertThat(triggered).extracting(List::size).containsExactly(1, 1, 1);
    }

    private Future<Case> creating(OrganizationId organizationId, String caseType) {
        submitted++;
        return requests.submit(() -> {
            waiting.add(Thread.currentThread());
            return create.create(new CreateCaseCommand(organizationId, Actor.apiKey("key_test"),
                    new CaseType(caseType.replace(' ', '_')), null, null, Map.of(), List.of()));
        });
    }

    private void assertStoredWithOneCreatedEvent(Case created) {
        assertThat(persistence.cases().find(org, created.id())).isPresent();
        List<CaseEventView> events = persistence.caseTimeline().list(org, created.id(), 10, Optional.empty());
        assertThat(events).extracting(CaseEventView::event).singleElement().isInstanceOf(CaseCreated.class);
    }

    private void awaitTriggered(int count) throws InterruptedException {
        while (triggered.size() < count) {
            Thread.sleep(1);
        }
    }

    /** Every creation but the first is parked, waiting for its group: a thread waits nowhere else on this path. */
    private void awaitAllWaiting() throws InterruptedException {
        while (waiting.size() < submitted || waiting.stream().skip(1)
                .anyMatch(t -> t.getState() != Thread.State.WAITING)) {
            Thread.sleep(1);
        }
    }

    private OrganizationId organization() {
        OrganizationId id = new OrganizationId(ids.next(OrganizationId.PREFIX));
        persistence.organizations().add(Organization.create(id, "Acme", Plan.GROWTH, clock.instant()));
        return id;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
