package io.casework.application.service.staff;

import io.casework.application.port.in.ChangeTeamMembershipUseCase;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;
import io.casework.application.port.out.Transactions;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;

public final class ChangeTeamMembershipService implements ChangeTeamMembershipUseCase {
    private final TeamRepository teams;
    private final StaffMemberRepository staff;
    private final Transactions transactions;

    public ChangeTeamMembershipService(TeamRepository teams, StaffMemberRepository staff,
                                       Transactions transactions) {
        this.teams = teams;
        this.staff = staff;
        this.transactions = transactions;
    }

    @Override
    public Team addMember(OrganizationId organizationId, TeamId teamId, StaffMemberId memberId) {
        return transactions.inTransaction(() -> {
            Team team = TeamQueryService.find(teams, organizationId, teamId);
            StaffMemberQueryService.find(staff, organizationId, memberId);
            if (team.hasMember(memberId)) {
                return team;
            }
            team.addMember(memberId);
            teams.update(team);
            return TeamQueryService.find(teams, organizationId, teamId);
        });
    }

    @Override
    public Team removeMember(OrganizationId organizationId, TeamId teamId, StaffMemberId memberId) {
        return transactions.inTransaction(() -> {
            Team team = TeamQueryService.find(teams, organizationId, teamId);
            StaffMemberQueryService.find(staff, organizationId, memberId);
            if (!team.hasMember(memberId)) {
                return team;
            }
            team.removeMember(memberId);
            teams.update(team);
            return TeamQueryService.find(teams, organizationId, teamId);
        });
    }
}
