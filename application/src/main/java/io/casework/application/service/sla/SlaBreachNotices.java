package io.casework.application.service.sla;

import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;
import io.casework.application.service.notification.CaseEmails;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.SlaDeadline;
import io.casework.domain.organization.Organization;
import java.util.List;
import java.util.Optional;

/**
 * Queues the emails a missed deadline causes, in the caller's transaction: to the staff member holding the case, or
 * to the active members of the team holding it (a team queue); a case held by nobody tells nobody.
 */
final class SlaBreachNotices {
    private final CaseEmails emails;
    private final StaffMemberRepository staff;
    private final TeamRepository teams;
    private final OrganizationRepository organizations;

    SlaBreachNotices(CaseEmails emails, StaffMemberRepository staff, TeamRepository teams,
                     OrganizationRepository organizations) {
        this.emails = emails;
        this.staff = staff;
        this.teams = teams;
        this.organizations = organizations;
    }

    void queue(Case aCase, SlaDeadline deadline) {
        Optional<Assignee> holder = aCase.assignee();
        if (holder.isEmpty()) {
            return;
        }
        List<StaffMember> recipients;
        String teamName = null;
        if (holder.get().kind() == Assignee.Kind.TEAM) {
            Optional<Team> team = teams.find(aCase.organizationId(), new TeamId(holder.get().id()));
            if (team.isEmpty()) {
                return;
            }
            teamName = team.get().name();
            recipients = team.get().memberIds().stream()
                    .flatMap(id -> staff.find(aCase.organizationId(), id).stream())
                    .toList();
        } else {
            recipients = staff.find(aCase.organizationId(), new StaffMemberId(holder.get().id())).stream().toList();
        }
        String organizationName = organizations.find(aCase.organizationId()).map(Organization::name).orElse(null);
        for (StaffMember recipient : recipients) {
            if (recipient.isActive()) {
                emails.queue(aCase, recipient, Notifier.Kind.SLA_BREACHED,
                        new Notifier.ChangedBy.Sla(aCase.sla().orElseThrow().policy(), deadline), teamName,
                        organizationName);
            }
        }
    }
}
