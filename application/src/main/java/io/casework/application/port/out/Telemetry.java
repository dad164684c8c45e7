package io.casework.application.port.out;

import java.time.Duration;

/**
 * What an operator counts and times, told by the use cases as it happens: the server keeps it as metrics. Each call
 * comes after the work committed, is cheap, and never fails the work; {@link #NONE} tells no one.
 */
public interface Telemetry {
    Telemetry NONE = new Telemetry() {
    };

    default void caseCreated() {
    }

    /**
     * An assignment decided, by the API or a workflow step: {@code strategy} is {@code individual}, {@code team_queue},
     * {@code round_robin} or {@code least_loaded}; {@code outcome} is {@code assigned} or the refusal's code.
     */
    default void assignment(String strategy, String outcome) {
    }

    /** A workflow run finished ({@code succeeded} or {@code failed}), {@code latency} after it was queued. */
    default void runFinished(String status, Duration latency) {
    }

    /** An email not delivered at an attempt; {@code givenUp} when it will never be sent. */
    default void emailFailed(boolean givenUp) {
    }
}
