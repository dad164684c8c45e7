package io.casework.application.service.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** How long a sender of an outbox (emails, webhook deliveries) may wait before it looks for due work again. */
public final class OutboxWait {
    /**
     * How soon a row already due is looked at again: it was held by another sender when this one last claimed
     * (a sender waits only after claiming all it could), and that sender may have died.
     */
    public static final Duration HELD_RECHECK = Duration.ofSeconds(1);

    private OutboxWait() {
    }

    /**
     * Until the next row falls due, but no longer than {@code atMost}. Rows queued meanwhile are not counted:
     * whoever waits this long must also listen for them.
     */
    public static Duration idleFor(Optional<Instant> nextDueAt, Instant now, Duration atMost) {
        return nextDueAt
                .map(due -> Duration.between(now, due))
                .map(untilDue -> untilDue.isNegative() || untilDue.isZero() ? HELD_RECHECK : untilDue)
                .filter(untilDue -> untilDue.compareTo(atMost) < 0)
                .orElse(atMost);
    }
}
