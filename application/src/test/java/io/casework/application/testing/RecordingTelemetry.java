package io.casework.application.testing;

import io.casework.application.port.out.Telemetry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Telemetry written down as lines, e.g. {@code "assignment round_robin assigned"}, for tests to read. */
public final class RecordingTelemetry implements Telemetry {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void caseCreated() {
        lines.add("case created");
    }

    @Override
    public void assignment(String strategy, String outcome) {
        lines.add("assignment " + strategy + " " + outcome);
    }

    @Override
    public void runFinished(String status, Duration latency) {
        lines.add("run " + status);
    }

    @Override
    public void emailFailed(boolean givenUp) {
        lines.add(givenUp ? "email given up" : "email failed");
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}
