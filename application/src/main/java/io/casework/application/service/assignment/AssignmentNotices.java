package io.casework.application.service.assignment;

import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.service.notification.CaseEmails;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.Organization;
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
    private final CaseEmails emails;
    private final OrganizationRepository organizations;

    public AssignmentNotices(CaseEmails emails, OrganizationRepository organizations) {
        this.emails = emails;
        this.organizations = organizations;
    }

    /** The same notices, queued into {@code other}. */
    AssignmentNotices to(NotificationOutbox other) {
        return new AssignmentNotices(emails.to(other), organizations);
    }

    /** @param viaTeam the team's name when the new recipients are told as its members (a team queue) */
    void queue(Case aCase, List<StaffMember> newRecipients, Optional<String> viaTeam,
               Optional<StaffMember> previousIndividual, Notifier.ChangedBy changedBy) {
        Set<String> told = new HashSet<>();
        String organizationName = organizations.find(aCase.organizationId()).map(Organization::name).orElse(null);
        for (StaffMember recipient : newRecipients) {
            if (told.add(recipient.id().value())) {
                emails.queue(aCase, recipient, Notifier.Kind.ASSIGNED, changedBy, viaTeam.orElse(null),
                        organizationName);
            }
        }
        previousIndividual.filter(previous -> !told.contains(previous.id().value()))
                .ifPresent(previous -> emails.queue(aCase, previous, Notifier.Kind.UNASSIGNED, changedBy, null,
                        organizationName));
    }
}
