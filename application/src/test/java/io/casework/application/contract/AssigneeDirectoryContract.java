package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.out.AssigneeDirectory;
import io.casework.application.port.out.AssigneeDirectory.Candidate;
import io.casework.application.port.out.AssigneeDirectory.LockedTeam;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;
import io.casework.application.testing.CaseBuilder;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.OutOfOffice;
import io.casework.domain.assignee.OutOfOfficeWindow;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AssigneeDirectory} must do, one call at a time; that its locks make concurrent assignments
 * wait for each other is shown where real locks exist, by the adapter's own tests.
 */
public abstract class AssigneeDirectoryContract extends PortContract {
    protected abstract StaffMemberRepository staffMembers();

    protected abstract TeamRepository teams();

    protected abstract CaseRepository cases();

    protected abstract AssigneeDirectory directory();

    private StaffMember storedMember(OrganizationId organizationId) {
        StaffMember member = aMember(organizationId);
        staffMembers().add(member);
        return member;
    }

    private Team storedTeam(OrganizationId organizationId, List<StaffMemberId> members) {
        Team team = Team.form(new TeamId(ids.next("team_")), organizationId, "Fraud", members, clock.instant());
        teams().add(team);
        return team;
    }

    private void storedCases(int count, OrganizationId organizationId, Assignee assignee, CaseStatus status) {
        for (int i = 0; i < count; i++) {
            CaseBuilder builder = aCase(organizationId);
            if (assignee != null) {
                builder.assignedTo(assignee);
            }
            switch (status) {
                case PENDING -> builder.pending();
                case RESOLVED -> builder.resolved("approved");
                case OPEN -> { }
            }
            cases().add(builder.build());
        }
    }

    private Map<StaffMemberId, Candidate> locked(OrganizationId organizationId, List<StaffMemberId> ids) {
        return directory().lockStaffMembers(organizationId, ids).stream()
                .collect(Collectors.toMap(c -> c.member().id(), Function.identity()));
    }

    @Test
    void countsOnlyTheOpenAndPendingCasesOfEachMember() {
        OrganizationId org = storedOrganization();
        StaffMember ada = storedMember(org);
        StaffMember grace = storedMember(org);
        StaffMember alan = storedMember(org);
        Team team = storedTeam(org, List.of(ada.id(), grace.id()));
        storedCases(2, org, Assignee.staffMember(ada.id()), CaseStatus.OPEN);
        storedCases(1, org, Assignee.staffMember(ada.id()), CaseStatus.PENDING);
        storedCases(3, org, Assignee.staffMember(ada.id()), CaseStatus.RESOLVED);
        storedCases(1, org, Assignee.staffMember(grace.id()), CaseStatus.PENDING);
        storedCases(2, org, Assignee.team(team.id()), CaseStatus.OPEN);
        storedCases(2, org, null, CaseStatus.OPEN);

        Map<StaffMemberId, Candidate> candidates = locked(org, List.of(ada.id(), grace.id(), alan.id()));

        assertThat(candidates.get(ada.id()).activeCases()).isEqualTo(3);
        assertThat(candidates.get(grace.id()).activeCases()).isEqualTo(1);
        assertThat(candidates.get(alan.id()).activeCases()).isZero();
    }

    @Test
    void returnsEachKnownMemberOnceInIdOrderAsStored() {
        OrganizationId org = storedOrganization();
        StaffMember ada = storedMember(org);
        StaffMember grace = storedMember(org);
        grace.limitActiveCases(4);
        staffMembers().update(grace);
        StaffMember elsewhere = storedMember(storedOrganization());
        StaffMemberId unknown = new StaffMemberId(ids.next("stf_"));

        List<Candidate> candidates = directory().lockStaffMembers(org,
                List.of(grace.id(), unknown, elsewhere.id(), ada.id(), grace.id()));

        assertThat(candidates).extracting(c -> c.member().id()).containsExactly(ada.id(), grace.id());
        assertThat(candidates.get(1).member()).usingRecursiveComparison()
                .isEqualTo(staffMembers().find(org, grace.id()).orElseThrow());
        assertThat(directory().lockStaffMembers(org, List.of())).isEmpty();
    }

    @Test
    void remembersWhenAMemberWasLastGivenACaseOutsideTheirVersion() {
        OrganizationId org = storedOrganization();
        StaffMember ada = storedMember(org);
        StaffMember grace = storedMember(org);
        assertThat(locked(org, List.of(ada.id())).get(ada.id()).lastAssignedAt()).isNull();
        Instant first = clock.instant();
        Instant second = clock.instant();

        directory().recordAssignment(org, ada.id(), first);
        assertThat(locked(org, List.of(ada.id())).get(ada.id()).lastAssignedAt()).isEqualTo(first);
        directory().recordAssignment(org, ada.id(), second);

        Map<StaffMemberId, Candidate> candidates = locked(org, List.of(ada.id(), grace.id()));
        assertThat(candidates.get(ada.id()).lastAssignedAt()).isEqualTo(second);
        assertThat(candidates.get(grace.id()).lastAssignedAt()).isNull();
        assertThat(staffMembers().find(org, ada.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void locksOnlyATeamOfTheOrganization() {
        OrganizationId org = storedOrganization();
        StaffMember ada = storedMember(org);
        StaffMember grace = storedMember(org);
        Team team = storedTeam(org, List.of(grace.id(), ada.id()));
        Team elsewhere = storedTeam(storedOrganization(), List.of());

        assertThat(directory().lockTeam(org, team.id()).orElseThrow().team()).usingRecursiveComparison()
                .isEqualTo(team);
        assertThat(directory().lockTeam(org, elsewhere.id())).isEmpty();
        assertThat(directory().lockTeam(org, new TeamId(ids.next("team_")))).isEmpty();
    }

    @Test
    void aLockedTeamComesWithItsMembersInTheTeamsOrderAndTheirLoad() {
        OrganizationId org = storedOrganization();
        StaffMember ada = storedMember(org);
        StaffMember grace = storedMember(org);
        StaffMember alan = storedMember(org);
        Team team = storedTeam(org, List.of(grace.id(), alan.id(), ada.id()));
        storedCases(2, org, Assignee.staffMember(ada.id()), CaseStatus.OPEN);
        storedCases(1, org, Assignee.staffMember(grace.id()), CaseStatus.RESOLVED);
        Instant given = clock.instant();
        directory().recordAssignment(org, alan.id(), given);

        LockedTeam locked = directory().lockTeam(org, team.id()).orElseThrow();

        assertThat(locked.members()).extracting(c -> c.member().id()).containsExactly(grace.id(), alan.id(), ada.id());
        assertThat(locked.members()).extracting(Candidate::activeCases).containsExactly(0L, 0L, 2L);
        assertThat(locked.members()).extracting(Candidate::lastAssignedAt).containsExactly(null, given, null);
        assertThat(locked.members().get(0).member()).usingRecursiveComparison()
                .isEqualTo(staffMembers().find(org, grace.id()).orElseThrow());
        assertThat(locked.lastRotationPick()).isEmpty();
        assertThat(directory().lockTeam(org, storedTeam(org, List.of()).id()).orElseThrow().members()).isEmpty();
    }

    @Test
    void lockedMembersComeWithTheirOutOfOfficeWindowsHoweverTheyAreLocked() {
        OrganizationId org = storedOrganization();
        StaffMember ada = storedMember(org);
        OutOfOffice windows = OutOfOffice.of(List.of(new OutOfOfficeWindow(clock.instant(),
                clock.instant().plusSeconds(3600), "Dentist")));
        ada.planOutOfOffice(windows);
        staffMembers().update(ada);
        Team team = storedTeam(org, List.of(ada.id()));

        assertThat(directory().lockStaffMembers(org, List.of(ada.id()))).singleElement()
                .extracting(c -> c.member().outOfOffice()).isEqualTo(windows);
        assertThat(directory().lockTeam(org, team.id()).orElseThrow().members()).singleElement()
                .extracting(c -> c.member().outOfOffice()).isEqualTo(windows);
        assertThat(directory().lockAll(org, List.of(team.id()), List.of()).members().get(ada.id()).member()
                .outOfOffice()).isEqualTo(windows);
    }

    @Test
    void remembersEachTeamsLastRotationPickAndThePickedMembersAssignmentOutsideTheirVersions() {
        OrganizationId org = storedOrganization();
        StaffMember ada = storedMember(org);
        StaffMember grace = storedMember(org);
        Team team = storedTeam(org, List.of(ada.id(), grace.id()));
        Team other = storedTeam(org, List.of(ada.id(), grace.id()));
        Instant first = clock.instant();
        Instant second = clock.instant();
        Instant third = clock.instant();

        directory().recordRotationPick(org, team.id(), ada.id(), first);
        directory().recordRotationPick(org, other.id(), ada.id(), second);
        directory().recordRotationPick(org, team.id(), grace.id(), third);

        LockedTeam locked = directory().lockTeam(org, team.id()).orElseThrow();
        assertThat(locked.lastRotationPick()).contains(grace.id());
        assertThat(locked.members()).extracting(Candidate::lastAssignedAt).containsExactly(second, third);
        assertThat(directory().lockTeam(org, other.id()).orElseThrow().lastRotationPick()).contains(ada.id());
        assertThat(teams().find(org, team.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(staffMembers().find(org, ada.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void keepsRotationPicksToTheTeamsOrganization() {
        OrganizationId org = storedOrganization();
        OrganizationId intruder = storedOrganization();
        StaffMember ada = storedMember(org);
        Team team = storedTeam(org, List.of(ada.id()));
        Instant at = clock.instant();
        directory().recordRotationPick(org, team.id(), ada.id(), at);

        directory().recordRotationPick(intruder, team.id(), new StaffMemberId(ids.next("stf_")), clock.instant());
        directory().recordRotationPick(intruder, team.id(), ada.id(), clock.instant());

        assertThat(directory().lockTeam(intruder, team.id())).isEmpty();
        LockedTeam locked = directory().lockTeam(org, team.id()).orElseThrow();
        assertThat(locked.lastRotationPick()).contains(ada.id());
        assertThat(locked.members().get(0).lastAssignedAt()).isEqualTo(at);
    }

    @Test
    void readsWhatLockingWouldReturn() {
        OrganizationId org = storedOrganization();
        StaffMember ada = storedMember(org);
        StaffMember grace = storedMember(org);
        StaffMember alan = storedMember(org);
        Team team = storedTeam(org, List.of(grace.id(), ada.id()));
        storedCases(2, org, Assignee.staffMember(ada.id()), CaseStatus.OPEN);
        directory().recordRotationPick(org, team.id(), grace.id(), clock.instant());

        AssigneeDirectory.Locked read = directory().readAll(org, List.of(team.id()), List.of(alan.id()));

        assertThat(read).usingRecursiveComparison()
                .isEqualTo(directory().lockAll(org, List.of(team.id()), List.of(alan.id())));
        assertThat(read.teams().get(team.id()).members()).extracting(c -> c.member().id())
                .containsExactly(grace.id(), ada.id());
        assertThat(read.teams().get(team.id()).lastRotationPick()).contains(grace.id());
        assertThat(read.members().get(ada.id()).activeCases()).isEqualTo(2);
        assertThat(read.members()).containsKey(alan.id());
    }
}
