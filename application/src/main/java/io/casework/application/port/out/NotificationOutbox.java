package io.casework.application.port.out;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.NotificationView;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Emails waiting to be sent, written in the transaction of the change that causes them and claimed by
 * senders in any number of processes.
 */
public interface NotificationOutbox {
    void add(PendingNotification notification);

    /** {@link #add} for many at once. */
    default void addAll(List<PendingNotification> notifications) {
        notifications.forEach(this::add);
    }

    /**
     * Claims up to {@code max} notifications due at {@code now} that no other sender holds. The claim holds them
     * until the calling transaction ends, so a sender claims, sends and reports in one transaction: another sender
     * passes over them meanwhile, and the claim of a sender that dies ends with its connection, at once.
     */
    List<PendingNotification> claimDue(Instant now, int max);

    /** When the next pending notification falls due, whether a sender holds it or not; empty if none is pending. */
    Optional<Instant> nextDueAt();

    /**
     * Marks the notifications sent, all at once (a sender's batch: one statement, not one per email). A sent sign-in
     * email's link is forgotten: it was delivered, and a store should not hold a usable one.
     */
    void markSent(List<String> ids, Instant at);

    /**
     * Records a failed attempt; {@code retryAt} empty means give up: the notification is failed (and a sign-in
     * email's link forgotten).
     */
    void markAttemptFailed(String id, String error, Optional<Instant> retryAt);

    /** Emails about cases, newest first. */
    List<NotificationView> list(OrganizationId organizationId, Optional<CaseId> caseId, Optional<NotificationView.Status> status,
                                int limit, Optional<Position> after);

    /**
     * Everything needed to render and send the email, captured when the change happened. {@code caseId} is null
     * for an email about no case (a sign-in link); {@link #list} shows only emails about cases.
     */
    record PendingNotification(String id, OrganizationId organizationId, CaseId caseId, StaffMemberId staffMemberId,
                               Notifier.Email email, int attempts, Instant createdAt) {
    }
}
