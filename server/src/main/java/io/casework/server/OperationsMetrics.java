package io.casework.server;

import com.codahale.metrics.CachedGauge;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import io.casework.adapters.persistence.jdbi.Backlog;
import io.dropwizard.core.setup.Environment;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.dropwizard.DropwizardExports;
import io.prometheus.client.servlet.jakarta.exporter.MetricsServlet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The metrics a team alerts on, on the admin port: Dropwizard's own at {@code /metrics}, and all of them in
 * Prometheus text format at {@code /metrics/prometheus} through Prometheus' Dropwizard bridge. This class adds the
 * backlog in the database (runs queued and running, emails and webhook deliveries pending and given up), read at
 * most every 5 seconds whatever the scrape rate; the counters of cases, assignments, runs, emails and refused keys
 * are kept where they happen.
 */
final class OperationsMetrics {
    private static final long BACKLOG_SECONDS = 5;

    private OperationsMetrics() {
    }

    static void register(Environment environment, Supplier<Backlog> backlog) {
        MetricRegistry metrics = environment.metrics();
        CachedGauge<Backlog> latest = new CachedGauge<>(BACKLOG_SECONDS, TimeUnit.SECONDS) {
            @Override
            protected Backlog loadValue() {
                return backlog.get();
            }
        };
        gauge(metrics, "casework.runs.queued", latest, Backlog::queuedRuns);
        gauge(metrics, "casework.runs.running", latest, Backlog::runningRuns);
        gauge(metrics, "casework.emails.pending", latest, Backlog::pendingEmails);
        gauge(metrics, "casework.emails.failed", latest, Backlog::failedEmails);
        gauge(metrics, "casework.webhooks.pending", latest, Backlog::pendingWebhooks);
        gauge(metrics, "casework.webhooks.failed", latest, Backlog::failedWebhooks);

        CollectorRegistry prometheus = new CollectorRegistry();
        prometheus.register(new DropwizardExports(metrics));
        environment.admin().addServlet("prometheus", new MetricsServlet(prometheus)).addMapping("/metrics/prometheus");
    }

    private static void gauge(MetricRegistry metrics, String name, CachedGauge<Backlog> backlog,
                              ToLongFunction<Backlog> count) {
        metrics.register(name, (Gauge<Long>) () -> count.applyAsLong(backlog.getValue()));
    }
}
