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
    private final Optional<Organization> known;

    public AssignmentNotices(CaseEmails emails, OrganizationRepository organizations) {
        this(emails, organizations, Optional.empty());
    }

    private AssignmentNotices(CaseEmails emails, OrganizationRepository organizations, Optional<Organization> known) {
        this.emails = emails;
        this.organizations = organizations;
        this.known = known;
    }

    /**
     * The same notices, queued into {@code other}, about cases of {@code organization}, whose name (the emails give
     * it) they take from it instead of reading it for every assignment.
     */
    AssignmentNotices to(NotificationOutbox other, Organization organization) {
        return new AssignmentNotices(emails.to(other), organizations, Optional.of(organization));
    }

    /** @param viaTeam the team's name when the new recipients are told as its members (a team queue) */
    void queue(Case aCase, List<StaffMember> newRecipients, Optional<String> viaTeam,
               Optional<StaffMember> previousIndividual, Notifier.ChangedBy changedBy) {
        Set<String> told = new HashSet<>();
        String organizationName = known.filter(o -> o.id().equals(aCase.organizationId()))
                .or(() -> organizations.find(aCase.organizationId()))
                .map(Organization::name).orElse(null);
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
