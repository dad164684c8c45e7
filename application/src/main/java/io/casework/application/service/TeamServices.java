package io.casework.application.service;

import io.casework.application.port.in.ChangeTeamMembershipUseCase;
import io.casework.application.port.in.CreateTeamCommand;
import io.casework.application.port.in.CreateTeamUseCase;
import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.TeamQueries;
import io.casework.application.port.in.UpdateTeamCommand;
import io.casework.application.port.in.UpdateTeamUseCase;
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

/** Forming, changing and reading teams. */
public final class TeamServices {
    private TeamServices() {
    }

    public static final class CreateTeamService implements CreateTeamUseCase {
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
    }

    public static final class UpdateTeamService implements UpdateTeamUseCase {
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
                Team team = find(teams, command.organizationId(), command.id());
                Versions.require(command.expectedVersion(), team.version(), "team", command.id().value());
                command.name().ifPresent(team::rename);
                if (command.memberIds().isPresent()) {
                    List<StaffMemberId> members = resolveMembers(staff, command.organizationId(),
                            command.memberIds().get());
                    team.memberIds().forEach(team::removeMember);
                    members.forEach(team::addMember);
                }
                teams.update(team);
                return find(teams, command.organizationId(), command.id());
            });
        }
    }

    public static final class ChangeTeamMembershipService implements ChangeTeamMembershipUseCase {
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
                Team team = find(teams, organizationId, teamId);
                StaffMemberServices.find(staff, organizationId, memberId);
                if (team.hasMember(memberId)) {
                    return team;
                }
                team.addMember(memberId);
                teams.update(team);
                return find(teams, organizationId, teamId);
            });
        }

        @Override
        public Team removeMember(OrganizationId organizationId, TeamId teamId, StaffMemberId memberId) {
            return transactions.inTransaction(() -> {
                Team team = find(teams, organizationId, teamId);
                StaffMemberServices.find(staff, organizationId, memberId);
                if (!team.hasMember(memberId)) {
                    return team;
                }
                team.removeMember(memberId);
                teams.update(team);
                return find(teams, organizationId, teamId);
            });
        }
    }

    public static final class TeamQueryService implements TeamQueries {
        private final TeamRepository teams;

        public TeamQueryService(TeamRepository teams) {
            this.teams = teams;
        }

        @Override
        public Team get(OrganizationId organizationId, TeamId id) {
            return find(teams, organizationId, id);
        }

        @Override
        public Page<Team> list(OrganizationId organizationId, PageRequest page) {
            return Page.fromOverfetch(teams.list(organizationId, page.limit() + 1, page.after()), page.limit(),
                    t -> new PageRequest.Position(t.createdAt(), t.id().value()));
        }
    }

    static Team find(TeamRepository teams, OrganizationId organizationId, TeamId id) {
        return teams.find(organizationId, id).orElseThrow(() -> new NotFoundException("team", id.value()));
    }

    /** The member ids as staff member ids of the organization, or one error per id that is not. */
    private static List<StaffMemberId> resolveMembers(StaffMemberRepository staff, OrganizationId organizationId,
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
