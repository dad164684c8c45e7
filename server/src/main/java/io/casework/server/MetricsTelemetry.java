package io.casework.server;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.SlidingTimeWindowArrayReservoir;
import com.codahale.metrics.Timer;
import io.casework.application.port.out.Telemetry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The use cases' telemetry as Dropwizard metrics, which {@code /metrics} and {@code /metrics/prometheus} show:
 * {@code casework.cases.created}, {@code casework.assignments.<strategy>.<outcome>}, the timer
 * {@code casework.runs.<status>} (queued to finished, over the last 5 minutes) and
 * {@code casework.emails.send-failures} / {@code casework.emails.given-up}.
 */
final class MetricsTelemetry implements Telemetry {
    private static final long LATENCY_WINDOW_MINUTES = 5;

    private final MetricRegistry metrics;

    MetricsTelemetry(MetricRegistry metrics) {
        this.metrics = metrics;
    }

    @Override
    public void caseCreated() {
        metrics.counter("casework.cases.created").inc();
    }

    @Override
    public void assignment(String strategy, String outcome) {
        metrics.counter(MetricRegistry.name("casework.assignments", strategy, outcome)).inc();
    }

    @Override
    public void runFinished(String status, Duration latency) {
        metrics.timer(MetricRegistry.name("casework.runs", status), () -> new Timer(
                        new SlidingTimeWindowArrayReservoir(LATENCY_WINDOW_MINUTES, TimeUnit.MINUTES)))
                .update(latency);
    }

    @Override
    public void emailFailed(boolean givenUp) {
        metrics.counter("casework.emails.send-failures").inc();
        if (givenUp) {
            metrics.counter("casework.emails.given-up").inc();
        }
    }
}
