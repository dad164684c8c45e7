package io.casework.application.port.out;

import java.time.Duration;

/** Wakes idle workers when new work is queued, in this process or another one on the same database. */
public interface WorkSignal {
    /** Returns when work may be waiting, or after {@code atMost}. */
    void awaitWork(Duration atMost) throws InterruptedException;
}
