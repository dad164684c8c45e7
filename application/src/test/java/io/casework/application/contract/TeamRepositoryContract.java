package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link TeamRepository} must do. Extend it with factories for your adapter. */
public abstract class TeamRepositoryContract extends PortContract {
    /** Members must exist before a team names them (foreign keys). */
    protected abstract StaffMemberRepository staffMembers();

    protected abstract TeamRepository teams();

    private StaffMemberId storedMember(OrganizationId organizationId) {
        StaffMember member = aMember(organizationId);
        staffMembers().add(member);
        return member.id();
    }

    private Team storedTeam(OrganizationId organizationId, List<StaffMemberId> members) {
        Team team = Team.form(new TeamId(ids.next("team_")), organizationId, "Account takeover", members,
                clock.instant());
        teams().add(team);
        return team;
    }

    @Test
    void findsAStoredTeamWithItsMembersInRotationOrder() {
        OrganizationId org = storedOrganization();
        StaffMemberId ada = storedMember(org);
        StaffMemberId grace = storedMember(org);
        StaffMemberId alan = storedMember(org);
        Team team = storedTeam(org, List.of(alan, ada, grace));

        Team found = teams().find(org, team.id()).orElseThrow();

        assertThat(found).usingRecursiveComparison().isEqualTo(team);
        assertThat(found.memberIds()).containsExactly(alan, ada, grace);
    }

    @Test
    void storesATeamWithoutMembers() {
        OrganizationId org = storedOrganization();
        Team team = storedTeam(org, List.of());

        assertThat(teams().find(org, team.id()).orElseThrow().memberIds()).isEmpty();
    }

    @Test
    void findsNoTeamThatIsUnknownOrOfAnotherOrganization() {
        OrganizationId org = storedOrganization();
        Team other = storedTeam(storedOrganization(), List.of());

        assertThat(teams().find(org, other.id())).isEmpty();
        assertThat(teams().find(org, new TeamId(ids.next("team_")))).isEmpty();
    }

    @Test
    void storesANewNameAndMembershipAndBumpsTheVersion() {
        OrganizationId org = storedOrganization();
        StaffMemberId ada = storedMember(org);
        StaffMemberId grace = storedMember(org);
        StaffMemberId alan = storedMember(org);
        Team team = storedTeam(org, List.of(ada, grace));

        team.rename("Fraud");
        team.removeMember(ada);
        team.addMember(alan);
        team.addMember(ada);
        teams().update(team);

        Team found = teams().find(org, team.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("Fraud");
        assertThat(found.memberIds()).containsExactly(grace, alan, ada);
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void refusesAChangeMadeToAVersionSomeoneElseChangedSince() {
        OrganizationId org = storedOrganization();
        StaffMemberId ada = storedMember(org);
        StaffMemberId grace = storedMember(org);
        Team team = storedTeam(org, List.of(ada));
        Team mine = teams().find(org, team.id()).orElseThrow();
        Team theirs = teams().find(org, team.id()).orElseThrow();
        theirs.rename("Theirs");
        teams().update(theirs);

        mine.addMember(grace);

        assertThatThrownBy(() -> teams().update(mine)).isInstanceOf(StaleVersionException.class);
        Team found = teams().find(org, team.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("Theirs");
        assertThat(found.memberIds()).containsExactly(ada);
    }

    @Test
    void neverChangesATeamThroughAnotherOrganization() {
        OrganizationId org = storedOrganization();
        Team team = storedTeam(org, List.of());
        Team impostor = Team.rehydrate(team.id(), storedOrganization(), "Impostor", List.of(), team.createdAt(),
                team.version());

        assertThatThrownBy(() -> teams().update(impostor)).isInstanceOf(StaleVersionException.class);
        assertThat(teams().find(org, team.id()).orElseThrow().name()).isEqualTo(team.name());
    }

    @Test
    void listsNewestFirstInPagesThatMissAndRepeatNothing() {
        OrganizationId org = storedOrganization();
        StaffMemberId ada = storedMember(org);
        List<TeamId> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(storedTeam(org, List.of(ada)).id());
        }

        List<List<Team>> pages = pages(2, (limit, after) -> teams().list(org, limit, after),
                t -> new Position(t.createdAt(), t.id().value()));

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        List<Team> listed = pages.stream().flatMap(List::stream).toList();
        assertThat(listed).extracting(Team::id).containsExactlyElementsOf(newestFirst(created));
        assertThat(listed).allSatisfy(t -> assertThat(t.memberIds()).containsExactly(ada));
    }

    @Test
    void listsOnlyTheOrganizationsTeams() {
        OrganizationId org = storedOrganization();
        Team mine = storedTeam(org, List.of());
        storedTeam(storedOrganization(), List.of());

        assertThat(teams().list(org, 10, Optional.empty())).extracting(Team::id).containsExactly(mine.id());
    }
}
