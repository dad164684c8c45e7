package io.casework.server;

import com.codahale.metrics.health.HealthCheck;
import io.casework.application.port.out.Notifier;

/** Healthy when the mail transport can be reached (the SMTP server answers, or the outbox is writable). */
final class NotifierHealthCheck extends HealthCheck {
    private final Notifier notifier;

    NotifierHealthCheck(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    protected Result check() {
        try {
            notifier.checkReachable();
            return Result.healthy();
        } catch (Notifier.DeliveryFailure e) {
            return Result.unhealthy(e.getMessage());
        }
    }
}
