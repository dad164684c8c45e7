package io.casework.application.service.assignment;

import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.NotificationOutbox.PendingNotification;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.Organization;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Queues the emails an assignment change causes, in the caller's transaction: each new recipient is told once
 * (as the assignee, or as a member of the team the case went to), and a previous individual assignee who is not
 * among them gets a short "no longer yours" email.
 */
public final class AssignmentNotices {
    private final NotificationOutbox outbox;
    private final OrganizationRepository organizations;
    private final IdGenerator ids;
    private final Clock clock;
    private final String caseUrlTemplate;

    public AssignmentNotices(NotificationOutbox outbox, OrganizationRepository organizations, IdGenerator ids,
                             Clock clock, String caseUrlTemplate) {
        this.outbox = outbox;
        this.organizations = organizations;
        this.ids = ids;
        this.clock = clock;
        this.caseUrlTemplate = caseUrlTemplate;
    }

    /** The same notices, queued into {@code other}. */
    AssignmentNotices to(NotificationOutbox other) {
        return new AssignmentNotices(other, organizations, ids, clock, caseUrlTemplate);
    }

    /** @param viaTeam the team's name when the new recipients are told as its members (a team queue) */
    void queue(Case aCase, List<StaffMember> newRecipients, Optional<String> viaTeam,
               Optional<StaffMember> previousIndividual, Notifier.ChangedBy changedBy) {
        Set<String> told = new HashSet<>();
        String organizationName = organizations.find(aCase.organizationId()).map(Organization::name).orElse(null);
        for (StaffMember recipient : newRecipients) {
            if (told.add(recipient.id().value())) {
                add(aCase, recipient, Notifier.Kind.ASSIGNED, changedBy, viaTeam.orElse(null), organizationName);
            }
        }
        previousIndividual.filter(previous -> !told.contains(previous.id().value()))
                .ifPresent(previous -> add(aCase, previous, Notifier.Kind.UNASSIGNED, changedBy, null,
                        organizationName));
    }

    private void add(Case aCase, StaffMember recipient, Notifier.Kind kind, Notifier.ChangedBy changedBy,
                     String teamName, String organizationName) {
        String id = ids.next("ntf_");
        Notifier.Email email = Notifier.Email.aboutCase(id + "@casework", kind,
                new Notifier.Recipient(recipient.email().value(), recipient.name()),
                new Notifier.CaseSummary(aCase.id().value(), aCase.type(), aCase.priority(),
                        aCase.subject() == null ? null : aCase.subject().name(),
                        aCase.subject() == null ? null : aCase.subject().referenceId()),
                changedBy, caseUrlTemplate.replace("{case_id}", aCase.id().value()), teamName, organizationName);
        outbox.add(new PendingNotification(id, aCase.organizationId(), aCase.id(), recipient.id(), email, 0,
                clock.instant()));
    }
}
