package io.casework.server;

import io.casework.adapters.notify.file.FileNotifier;
import io.casework.adapters.notify.smtp.SmtpNotifier;
import io.casework.adapters.notify.smtp.SmtpSettings;
import io.casework.adapters.notify.template.EmailRenderer;
import io.casework.adapters.notify.webhook.HttpWebhookPoster;
import io.casework.adapters.persistence.jdbi.PostgresPersistence;
import io.casework.application.Casework;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.Telemetry;
import io.casework.application.port.out.WebhookPoster;
import io.casework.application.service.notification.RetryPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Connects the application to its adapters and reads its settings from the configuration, in one place. */
final class Wiring {
    static final Clock CLOCK = new MicrosecondClock();
    /** Emails one sender claims at a time. */
    static final int NOTIFICATION_BATCH = 20;
    /** Webhook deliveries one sender claims at a time: few, as each may wait for a slow receiver. */
    static final int WEBHOOK_BATCH = 10;

    private final PostgresPersistence db;
    private final CaseworkConfiguration config;
    private final Clock clock;

    Wiring(PostgresPersistence db, CaseworkConfiguration config) {
        this(db, config, CLOCK);
    }

    /** With the application's clock given: tests drive time (SLA deadlines) through it. */
    Wiring(PostgresPersistence db, CaseworkConfiguration config, Clock clock) {
        this.db = db;
        this.config = config;
        this.clock = clock;
    }

    /** Every use case on PostgreSQL, sending email through {@code notifier}, telling no metrics. */
    Casework casework(Notifier notifier) {
        return casework(notifier, Telemetry.NONE);
    }

    /** Every use case on PostgreSQL, sending email through {@code notifier} and counting into {@code telemetry}. */
    Casework casework(Notifier notifier, Telemetry telemetry) {
        return Casework.wire(ports(notifier, telemetry), settings());
    }

    /** The outgoing ports on PostgreSQL; tests wire them with settings of their own (a clock they move). */
    Casework.Ports ports(Notifier notifier, Telemetry telemetry) {
        return new Casework.Ports(db.organizations(), db.apiKeys(), db.assignCaseUsage(),
                db.staffMembers(), db.teams(), db.assigneeDirectory(), db.cases(), db.caseTimeline(),
                db.workflows(), db.idempotencyStore(), db.workflowRuns(), db.notificationOutbox(), notifier,
                db.signInLinks(), db.sessions(), db.transactions(),
                new RandomIdGenerator(CLOCK), telemetry, db.webhookEndpoints(), db.webhookOutbox(),
                new JsonWebhookBodies(), webhookPoster(), db.reassignments(), db.slaPolicies(), db.slaTimers());
    }

    Casework.Settings settings() {
        RetryPolicy retries = new RetryPolicy(config.notify.maxAttempts, Duration.ofMillis(config.notify.backoffInitialMs),
                Duration.ofMillis(config.notify.backoffMaxMs), () -> ThreadLocalRandom.current().nextDouble());
        CaseworkConfiguration.WebhookSettings webhooks = config.webhooks;
        RetryPolicy webhookRetries = new RetryPolicy(webhooks.maxAttempts, Duration.ofMillis(webhooks.backoffInitialMs),
                Duration.ofMillis(webhooks.backoffMaxMs), () -> ThreadLocalRandom.current().nextDouble());
        return new Casework.Settings(clock, config.publicUrlOrDefault(), config.caseUrlTemplateOrDefault(),
                config.plans.startupProgram.assignCaseMonthlyLimit, Duration.ofSeconds(config.engine.runLeaseSeconds),
                retries, config.engine.batchSize, config.engine.perOrganization(), webhookRetries,
                webhooks.allowInsecure);
    }

    private WebhookPoster webhookPoster() {
        CaseworkConfiguration.WebhookSettings webhooks = config.webhooks;
        return new HttpWebhookPoster(Duration.ofMillis(webhooks.connectTimeoutMs),
                Duration.ofMillis(webhooks.requestTimeoutMs), webhooks.allowInsecure, CLOCK);
    }

    /** SMTP when a host is configured, else .eml files under the data directory's outbox. */
    Notifier notifier() {
        CaseworkConfiguration.SmtpSettings smtp = config.smtp;
        EmailRenderer renderer = new EmailRenderer(smtp.from,
                config.notify.templatesDir.isBlank() ? null : Path.of(config.notify.templatesDir));
        if (!smtp.isConfigured()) {
            return new FileNotifier(Path.of(config.dataDir).resolve("outbox"), renderer);
        }
        return new SmtpNotifier(new SmtpSettings(smtp.host, smtp.port, smtp.user, smtp.password, smtp.starttls,
                smtp.from, smtp.timeoutMs), renderer);
    }
}
