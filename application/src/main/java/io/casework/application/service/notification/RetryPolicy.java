package io.casework.application.service.notification;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter, up to a number of attempts: the n-th retry waits a random time up to
 * {@code initial * 2^(n-1)}, capped at {@code max}, so many senders retrying after an outage do not hit the
 * mail server in lockstep.
 */
public record RetryPolicy(int maxAttempts, Duration initial, Duration max, DoubleSupplier random) {
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The wait before the next attempt, after {@code attemptsMade} failed ones; empty when none is left. */
    public Optional<Duration> delayAfter(int attemptsMade) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        long ceiling = initial.toMillis() << Math.min(attemptsMade - 1, 30);
        long capped = Math.min(Math.max(ceiling, initial.toMillis()), max.toMillis());
        return Optional.of(Duration.ofMillis(Math.max(1, (long) (random.getAsDouble() * capped))));
    }
}
