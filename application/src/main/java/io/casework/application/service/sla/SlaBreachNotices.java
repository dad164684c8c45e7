package io.casework.application.service.sla;

import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.NotificationOutbox.PendingNotification;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.SlaDeadline;
import io.casework.domain.organization.Organization;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Queues the emails a missed deadline causes, in the caller's transaction: to the staff member holding the case, or
 * to the active members of the team holding it (a team queue); a case held by nobody tells nobody.
 */
final class SlaBreachNotices {
    private final NotificationOutbox outbox;
    private final StaffMemberRepository staff;
    private final TeamRepository teams;
    private final OrganizationRepository organizations;
    private final IdGenerator ids;
    private final Clock clock;
    private final String caseUrlTemplate;

    SlaBreachNotices(NotificationOutbox outbox, StaffMemberRepository staff, TeamRepository teams,
                     OrganizationRepository organizations, IdGenerator ids, Clock clock, String caseUrlTemplate) {
        this.outbox = outbox;
        this.staff = staff;
        this.teams = teams;
        this.organizations = organizations;
        this.ids = ids;
        this.clock = clock;
        this.caseUrlTemplate = caseUrlTemplate;
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
                add(aCase, deadline, recipient, teamName, organizationName);
            }
        }
    }

    private void add(Case aCase, SlaDeadline deadline, StaffMember recipient, String teamName,
                     String organizationName) {
        String id = ids.next("ntf_");
        Notifier.Email email = Notifier.Email.aboutCase(id + "@casework", Notifier.Kind.SLA_BREACHED,
                new Notifier.Recipient(recipient.email().value(), recipient.name()),
                new Notifier.CaseSummary(aCase.id().value(), aCase.type(), aCase.priority(),
                        aCase.subject() == null ? null : aCase.subject().name(),
                        aCase.subject() == null ? null : aCase.subject().referenceId()),
                new Notifier.ChangedBy.Sla(aCase.sla().orElseThrow().policy(), deadline),
                caseUrlTemplate.replace("{case_id}", aCase.id().value()), teamName, organizationName);
        outbox.add(new PendingNotification(id, aCase.organizationId(), aCase.id(), recipient.id(), email, 0,
                clock.instant()));
    }
}
