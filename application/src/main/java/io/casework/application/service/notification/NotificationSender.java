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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends what the outbox holds. A batch is claimed, sent and its outcomes recorded in one transaction: the claim holds
 * the notifications (senders in other processes pass over them) until it commits, and if this process dies, its
 * transaction ends with its connection and another sender takes the batch at once. Sending is at least once: the
 * emails of a batch whose transaction did not commit are sent again, with the same Message-IDs.
 */
public final class NotificationSender implements EmailSender {
    private static final System.Logger LOG = System.getLogger(NotificationSender.class.getName());

    private final NotificationOutbox outbox;
    private final Notifier notifier;
    private final RetryPolicy retries;
    private final Transactions transactions;
    private final Clock clock;
    private final Telemetry telemetry;

    public NotificationSender(NotificationOutbox outbox, Notifier notifier, RetryPolicy retries,
                              Transactions transactions, Clock clock, Telemetry telemetry) {
        this.outbox = outbox;
        this.notifier = notifier;
        this.retries = retries;
        this.transactions = transactions;
        this.clock = clock;
        this.telemetry = telemetry;
    }

    /** Sends up to {@code max} due notifications; returns how many were due. */
    @Override
    public int sendDue(int max) {
        return transactions.inTransaction(() -> {
            List<PendingNotification> due = outbox.claimDue(clock.instant(), max);
            if (!due.isEmpty()) {
                List<String> sent = new ArrayList<>();
                try (Notifier.Batch batch = notifier.batch()) {
                    for (PendingNotification notification : due) {
                        if (send(notification, batch)) {
                            sent.add(notification.id());
                        }
                    }
                }
                outbox.markSent(sent, clock.instant());
            }
            return due.size();
        });
    }

    /** How long there is surely nothing to send, as far as this sender can tell: see {@link OutboxWait}. */
    @Override
    public Duration idleFor(Duration atMost) {
        return OutboxWait.idleFor(outbox.nextDueAt(), clock.instant(), atMost);
    }

    /** Sends one email of the batch; a failure is recorded at once, a success by the caller with the others. */
    private boolean send(PendingNotification notification, Notifier.Batch batch) {
        try {
            sendOne(notification, batch);
            return true;
        } catch (Notifier.DeliveryFailure failure) {
            int attempts = notification.attempts() + 1;
            Optional<Instant> retryAt = failure.isPermanent() ? Optional.empty()
                    : retries.delayAfter(attempts).map(delay -> clock.instant().plus(delay));
            String error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            outbox.markAttemptFailed(notification.id(), error, retryAt);
            telemetry.emailFailed(retryAt.isEmpty());
            if (retryAt.isEmpty()) {
                // the one outcome nobody would otherwise notice: an email that will never be sent
                LOG.log(System.Logger.Level.WARNING, "email not sent, given up: notification={0} case={1} "
                        + "attempts={2} permanent={3} error=\"{4}\"", notification.id(),
                        notification.caseId() == null ? "none" : notification.caseId().value(),
                        attempts, failure.isPermanent(), error);
            }
            return false;
        }
    }

    /**
     * Anything else a transport throws (a template that does not render, say) counts as a failed attempt too: thrown
     * on, it would undo the outcomes of the whole batch, and the same email would fail it again at once.
     */
    private static void sendOne(PendingNotification notification, Notifier.Batch batch) {
        try {
            batch.send(notification.email());
        } catch (Notifier.DeliveryFailure failure) {
            throw failure;
        } catch (RuntimeException unexpected) {
            throw new Notifier.DeliveryFailure(unexpected.toString(), false, unexpected);
        }
    }
}
