package io.casework.application.service.notification;

import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.NotificationOutbox.PendingNotification;
import io.casework.application.port.out.Notifier;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.cases.Case;
import java.time.Clock;

/**
 * Queues one email about a case to one staff member, in the caller's transaction: what an assignment, an
 * unassignment and a missed SLA deadline each tell their recipients, with the case's summary and link.
 */
public final class CaseEmails {
    private final NotificationOutbox outbox;
    private final IdGenerator ids;
    private final Clock clock;
    private final String caseUrlTemplate;

    public CaseEmails(NotificationOutbox outbox, IdGenerator ids, Clock clock, String caseUrlTemplate) {
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
        this.caseUrlTemplate = caseUrlTemplate;
    }

    /** The same emails, queued into {@code other}. */
    public CaseEmails to(NotificationOutbox other) {
        return new CaseEmails(other, ids, clock, caseUrlTemplate);
    }

    /** @param teamName the team's name when the recipient is told as its member, else null */
    public void queue(Case aCase, StaffMember recipient, Notifier.Kind kind, Notifier.ChangedBy changedBy,
                      String teamName, String organizationName) {
        String id = ids.next("ntf_");
        Notifier.Email email = Notifier.Email.aboutCase(id + "@casework", kind,
                new Notifier.Recipient(recipient.email().value(), recipient.name()), summary(aCase), changedBy,
                link(aCase), teamName, organizationName);
        outbox.add(new PendingNotification(id, aCase.organizationId(), aCase.id(), recipient.id(), email, 0,
                clock.instant()));
    }

    /** What an email says of the case. */
    public static Notifier.CaseSummary summary(Case aCase) {
        return new Notifier.CaseSummary(aCase.id().value(), aCase.type(), aCase.priority(),
                aCase.subject() == null ? null : aCase.subject().name(),
                aCase.subject() == null ? null : aCase.subject().referenceId());
    }

    /** The link to the case an email gives. */
    public String link(Case aCase) {
        return caseUrlTemplate.replace("{case_id}", aCase.id().value());
    }
}
