package io.casework.application.service.webhook;

import io.casework.application.port.in.WebhookSender;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.out.WebhookOutbox;
import io.casework.application.port.out.WebhookOutbox.DueDelivery;
import io.casework.application.port.out.WebhookPoster;
import io.casework.application.service.notification.OutboxWait;
import io.casework.application.service.notification.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Delivers what the webhook outbox holds, like the email sender: a batch is claimed, posted and its outcomes recorded
 * in one transaction, so a sender that dies leaves its batch to another at once, and delivery is at least once
 * (receivers tell repeats apart by {@code Casework-Event-Id}). A 2xx answer ends a delivery; anything else, or no
 * answer, is retried with backoff until the attempts run out, then the delivery is failed.
 */
public final class WebhookDeliverer implements WebhookSender {
    private static final System.Logger LOG = System.getLogger(WebhookDeliverer.class.getName());

    private final WebhookOutbox outbox;
    private final WebhookPoster poster;
    private final RetryPolicy retries;
    private final Transactions transactions;
    private final Clock clock;

    public WebhookDeliverer(WebhookOutbox outbox, WebhookPoster poster, RetryPolicy retries, Transactions transactions,
                            Clock clock) {
        this.outbox = outbox;
        this.poster = poster;
        this.retries = retries;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int deliverDue(int max) {
        return transactions.inTransaction(() -> {
            List<DueDelivery> due = outbox.claimDue(clock.instant(), max);
            due.forEach(this::deliver);
            return due.size();
        });
    }

    @Override
    public Duration idleFor(Duration atMost) {
        return OutboxWait.idleFor(outbox.nextDueAt(), clock.instant(), atMost);
    }

    private void deliver(DueDelivery delivery) {
        Integer code = null;
        String error;
        try {
            code = poster.post(delivery.url(), delivery.secret(), delivery.eventId(), delivery.body());
            if (code >= 200 && code < 300) {
                outbox.markDelivered(delivery.id(), code, clock.instant());
                return;
            }
            error = "answered " + code;
        } catch (WebhookPoster.Failure failure) {
            error = failure.getMessage();
        } catch (RuntimeException unexpected) {
            // thrown on, it would undo the outcomes of the whole batch, and the same delivery would fail it again
            error = unexpected.toString();
        }
        int attempts = delivery.attempts() + 1;
        Instant now = clock.instant();
        Optional<Instant> retryAt = retries.delayAfter(attempts).map(now::plus);
        outbox.markAttemptFailed(delivery.id(), code, error, now, retryAt);
        if (retryAt.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "webhook not delivered, given up: delivery={0} event={1} attempts={2} "
                    + "error=\"{3}\"", delivery.id(), delivery.eventId(), attempts, error);
        }
    }
}
