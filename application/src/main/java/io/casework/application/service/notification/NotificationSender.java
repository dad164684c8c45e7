package io.casework.application.service.notification;

import io.casework.application.port.in.EmailSender;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.NotificationOutbox.PendingNotification;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.Telemetry;
import io.casework.application.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sends what the outbox holds. A batch is claimed under a lease (so senders in other processes skip it), then
 * each email is sent and its outcome recorded, as long as one more send surely ends within the lease; what is
 * left of the batch is taken again when the lease runs out. The lease therefore stays short whatever the batch
 * size, and emails claimed by a process that died wait for no longer than that. Sending is at least once: a sender
 * that dies after sending but before recording leaves the notification to be sent again, with the same Message-ID.
 */
public final class NotificationSender implements EmailSender {
    private static final System.Logger LOG = System.getLogger(NotificationSender.class.getName());

    private final NotificationOutbox outbox;
    private final Notifier notifier;
    private final RetryPolicy retries;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration lease;
    private final Duration longestSend;
    private final Telemetry telemetry;

    /**
     * @param lease       how long a claimed batch is this sender's
     * @param longestSend the longest one email may take to send (the transport's timeouts); shorter than the lease
     */
    public NotificationSender(NotificationOutbox outbox, Notifier notifier, RetryPolicy retries,
                              Transactions transactions, Clock clock, Duration lease, Duration longestSend,
                              Telemetry telemetry) {
        if (longestSend.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("the lease (" + lease + ") must outlast one send (" + longestSend + ")");
        }
        this.outbox = outbox;
        this.notifier = notifier;
        this.retries = retries;
        this.transactions = transactions;
        this.clock = clock;
        this.lease = lease;
        this.longestSend = longestSend;
        this.telemetry = telemetry;
    }

    /** Sends up to {@code max} due notifications; returns how many were due. */
    @Override
    public int sendDue(int max) {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(lease);
        List<PendingNotification> due = transactions.inTransaction(() -> outbox.claimDue(now, leaseUntil, max));
        if (due.isEmpty()) {
            return 0;
        }
        try (Notifier.Batch batch = notifier.batch()) {
            for (PendingNotification notification : due) {
                if (clock.instant().plus(longestSend).isAfter(leaseUntil)) {
                    break; // another sender may take the rest once the lease ends: sending it now could send it twice
                }
                send(notification, batch);
            }
        }
        return due.size();
    }

    /**
     * How long there is surely nothing to send, as far as this sender can tell: until the next pending notification
     * falls due (a retry, or a lease that ends), but no longer than {@code atMost}. Emails queued meanwhile are
     * not counted: whoever waits this long must also listen for them.
     */
    @Override
    public Duration idleFor(Duration atMost) {
        Instant now = clock.instant();
        return outbox.nextDueAt()
                .map(due -> Duration.between(now, due))
                .map(untilDue -> untilDue.isNegative() ? Duration.ZERO : untilDue)
                .filter(untilDue -> untilDue.compareTo(atMost) < 0)
                .orElse(atMost);
    }

    private void send(PendingNotification notification, Notifier.Batch batch) {
        try {
            batch.send(notification.email());
            transactions.run(() -> outbox.markSent(notification.id(), clock.instant()));
        } catch (Notifier.DeliveryFailure failure) {
            int attempts = notification.attempts() + 1;
            Optional<Instant> retryAt = failure.isPermanent() ? Optional.empty()
                    : retries.delayAfter(attempts).map(delay -> clock.instant().plus(delay));
            String error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            transactions.run(() -> outbox.markAttemptFailed(notification.id(), error, retryAt));
            telemetry.emailFailed(retryAt.isEmpty());
            if (retryAt.isEmpty()) {
                // the one outcome nobody would otherwise notice: an email that will never be sent
                LOG.log(System.Logger.Level.WARNING, "email not sent, given up: notification={0} case={1} "
                        + "attempts={2} permanent={3} error=\"{4}\"", notification.id(),
                        notification.caseId() == null ? "none" : notification.caseId().value(),
                        attempts, failure.isPermanent(), error);
            }
        }
    }
}
