package io.casework.application.service.staff;

import io.casework.application.port.in.UpdateTeamCommand;
import io.casework.application.port.in.UpdateTeamUseCase;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;
import io.casework.application.port.out.Transactions;
import io.casework.application.service.Versions;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import java.util.List;

public final class UpdateTeamService implements UpdateTeamUseCase {
    private final TeamRepository teams;
    private final StaffMemberRepository staff;
    private final Transactions transactions;

    public UpdateTeamService(TeamRepository teams, StaffMemberRepository staff, Transactions transactions) {
        this.teams = teams;
        this.staff = staff;
        this.transactions = transactions;
    }

    @Override
    public Team update(UpdateTeamCommand command) {
        return transactions.inTransaction(() -> {
            Team team = TeamQueryService.find(teams, command.organizationId(), command.id());
            Versions.require(command.expectedVersion(), team.version(), "team", command.id().value());
            command.name().ifPresent(team::rename);
            if (command.memberIds().isPresent()) {
                List<StaffMemberId> members = CreateTeamService.resolveMembers(staff, command.organizationId(),
                        command.memberIds().get());
                team.memberIds().forEach(team::removeMember);
                members.forEach(team::addMember);
            }
            teams.update(team);
            return TeamQueryService.find(teams, command.organizationId(), command.id());
        });
    }
}
