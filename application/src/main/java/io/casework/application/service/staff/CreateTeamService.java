package io.casework.application.service.staff;

import io.casework.application.port.in.CreateTeamCommand;
import io.casework.application.port.in.CreateTeamUseCase;
import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;
import io.casework.application.port.out.Transactions;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.PrefixedId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public final class CreateTeamService implements CreateTeamUseCase {
    private final TeamRepository teams;
    private final StaffMemberRepository staff;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;

    public CreateTeamService(TeamRepository teams, StaffMemberRepository staff, IdGenerator ids,
                             Transactions transactions, Clock clock) {
        this.teams = teams;
        this.staff = staff;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Team create(CreateTeamCommand command) {
        return transactions.inTransaction(() -> {
            List<StaffMemberId> members = resolveMembers(staff, command.organizationId(), command.memberIds());
            Team team = Team.form(new TeamId(ids.next(TeamId.PREFIX)), command.organizationId(), command.name(),
                    members, clock.instant());
            teams.add(team);
            return team;
        });
    }

    /** The member ids as staff member ids of the organization, or one error per id that is not. */
    static List<StaffMemberId> resolveMembers(StaffMemberRepository staff, OrganizationId organizationId,
                                                      List<String> rawIds) {
        List<FieldError> errors = new ArrayList<>();
        List<StaffMemberId> wellFormed = new ArrayList<>();
        for (int i = 0; i < rawIds.size(); i++) {
            String raw = rawIds.get(i);
            if (PrefixedId.matches(raw, StaffMemberId.PREFIX)) {
                wellFormed.add(new StaffMemberId(raw));
            } else {
                errors.add(new FieldError("member_ids[" + i + "]", "must be a staff member id (stf_…)"));
            }
        }
        Set<StaffMemberId> existing = new HashSet<>(staff.existing(organizationId, wellFormed));
        for (int i = 0; i < rawIds.size(); i++) {
            String raw = rawIds.get(i);
            if (PrefixedId.matches(raw, StaffMemberId.PREFIX) && !existing.contains(new StaffMemberId(raw))) {
                errors.add(new FieldError("member_ids[" + i + "]", "no staff member " + raw + " in this organization"));
            }
        }
        if (!errors.isEmpty()) {
            throw FieldErrorsException.validation(errors);
        }
        return wellFormed;
    }
}
