package io.casework.adapters.persistence.jdbi;

import static io.casework.adapters.persistence.jdbi.Concurrently.PATIENCE;
import static io.casework.adapters.persistence.jdbi.Concurrently.await;
import static io.casework.adapters.persistence.jdbi.Concurrently.awaitASessionWaitingForALock;
import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.PortContract;
import io.casework.application.port.out.AssigneeDirectory;
import io.casework.application.port.out.AssigneeDirectory.LockedTeam;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What only real row locks can show: a second assignment waits for the first and then sees what it committed.
 * Each test holds the first transaction open until the second is seen waiting for its lock, then lets it finish.
 */
class JdbiAssigneeDirectoryLockingTest extends PortContract {
    private static final DataSource DATA_SOURCE = TestDatabase.fresh().dataSource();
    private static final PostgresPersistence PERSISTENCE = new PostgresPersistence(DATA_SOURCE);

    private final AssigneeDirectory directory = PERSISTENCE.assigneeDirectory();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final CountDownLatch firstHoldsItsLocks = new CountDownLatch(1);
    private final CountDownLatch secondIsWaiting = new CountDownLatch(1);

    @Override
    protected OrganizationRepository organizations() {
        return PERSISTENCE.organizations();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private StaffMember storedMember(OrganizationId org) {
        StaffMember member = aMember(org);
        PERSISTENCE.staffMembers().add(member);
        return member;
    }

    @Test
    void aSecondAssignmentWaitsForTheFirstAndCountsTheCaseItGave() throws Exception {
        OrganizationId org = storedOrganization();
        StaffMember ada = storedMember(org);
        Future<?> first = threads.submit(() -> PERSISTENCE.transactions().run(() -> {
            directory.lockStaffMembers(org, List.of(ada.id()));
            firstHoldsItsLocks.countDown();
            await(secondIsWaiting);
            PERSISTENCE.cases().add(aCase(org).assignedTo(Assignee.staffMember(ada.id())).build());
        }));
        await(firstHoldsItsLocks);

        Future<Long> second = threads.submit(() -> PERSISTENCE.transactions().inTransaction(
                () -> directory.lockStaffMembers(org, List.of(ada.id())).get(0).activeCases()));
        awaitASessionWaitingForALock(DATA_SOURCE);
        assertThat(second).isNotDone();
        secondIsWaiting.countDown();

        first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
    }

    /** Were members locked in the order asked for, the second would hold grace while the first waits for her. */
    @Test
    void membersAreLockedInIdOrderSoCrossingAssignmentsNeverDeadlock() throws Exception {
        OrganizationId org = storedOrganization();
        StaffMember ada = storedMember(org);
        StaffMember grace = storedMember(org);
        assertThat(ada.id().value()).isLessThan(grace.id().value());
        AtomicInteger firstAttempts = new AtomicInteger();
        AtomicInteger secondAttempts = new AtomicInteger();
        Future<?> first = threads.submit(() -> PERSISTENCE.transactions().run(() -> {
            firstAttempts.incrementAndGet();
            directory.lockStaffMembers(org, List.of(ada.id()));
            firstHoldsItsLocks.countDown();
            await(secondIsWaiting);
            directory.lockStaffMembers(org, List.of(grace.id()));
        }));
        await(firstHoldsItsLocks);

        Future<?> second = threads.submit(() -> PERSISTENCE.transactions().run(() -> {
            secondAttempts.incrementAndGet();
            directory.lockStaffMembers(org, List.<StaffMemberId>of(grace.id(), ada.id()));
        }));
        awaitASessionWaitingForALock(DATA_SOURCE);
        secondIsWaiting.countDown();

        first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        // a deadlock aborts one transaction, which JdbiTransactions would then run a second time
        assertThat(firstAttempts).hasValue(1);
        assertThat(secondAttempts).hasValue(1);
    }

    @Test
    void aSecondRoundRobinWaitsForTheFirstAndSeesItsPickAndTheCaseItGave() throws Exception {
        OrganizationId org = storedOrganization();
        StaffMember ada = storedMember(org);
        StaffMember grace = storedMember(org);
        Team team = Team.form(new TeamId(ids.next("team_")), org, "Fraud", List.of(ada.id(), grace.id()),
                clock.instant());
        PERSISTENCE.teams().add(team);
        Instant given = clock.instant();
        Future<?> first = threads.submit(() -> PERSISTENCE.transactions().run(() -> {
            directory.lockTeam(org, team.id());
            firstHoldsItsLocks.countDown();
            await(secondIsWaiting);
            directory.recordRotationPick(org, team.id(), ada.id(), given);
            PERSISTENCE.cases().add(aCase(org).assignedTo(Assignee.staffMember(ada.id())).build());
        }));
        await(firstHoldsItsLocks);

        Future<LockedTeam> second = threads.submit(() -> PERSISTENCE.transactions().inTransaction(
                () -> directory.lockTeam(org, team.id()).orElseThrow()));
        awaitASessionWaitingForALock(DATA_SOURCE);
        secondIsWaiting.countDown();

        first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        LockedTeam seen = second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(seen.lastRotationPick()).contains(ada.id());
        assertThat(seen.members().get(0).member().id()).isEqualTo(ada.id());
        assertThat(seen.members().get(0).activeCases()).isEqualTo(1);
        assertThat(seen.members().get(0).lastAssignedAt()).isEqualTo(given);
    }

    @Test
    void aTeamLockedAfterWaitingHasTheMembersCommittedMeanwhile() throws Exception {
        OrganizationId org = storedOrganization();
        StaffMember ada = storedMember(org);
        StaffMember grace = storedMember(org);
        Team team = Team.form(new TeamId(ids.next("team_")), org, "Fraud", List.of(ada.id()), clock.instant());
        PERSISTENCE.teams().add(team);
        Future<?> first = threads.submit(() -> PERSISTENCE.transactions().run(() -> {
            Team locked = directory.lockTeam(org, team.id()).orElseThrow().team();
            firstHoldsItsLocks.countDown();
            await(secondIsWaiting);
            locked.addMember(grace.id());
            PERSISTENCE.teams().update(locked);
        }));
        await(firstHoldsItsLocks);

        Future<LockedTeam> second = threads.submit(() -> PERSISTENCE.transactions().inTransaction(
                () -> directory.lockTeam(org, team.id()).orElseThrow()));
        awaitASessionWaitingForALock(DATA_SOURCE);
        secondIsWaiting.countDown();

        first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        LockedTeam seen = second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(seen.team().memberIds()).containsExactly(ada.id(), grace.id());
        assertThat(seen.team().version()).isEqualTo(2);
        assertThat(seen.members()).extracting(c -> c.member().id()).containsExactly(ada.id(), grace.id());
    }
}
