package io.casework.application.port.in;

import java.time.Duration;

/**
 * Moves the open cases of members who became unavailable, as the organization's setting says; the server's
 * reassignment loop calls it.
 */
public interface Reassigner {
    /**
     * In one transaction, takes one due job and moves up to a batch of its cases (or closes it, queuing the digest
     * email); returns false when no job was due.
     */
    boolean moveNextBatch();

    /** How long the loop may wait before a job falls due, at most {@code atMost}. */
    Duration idleFor(Duration atMost);
}
