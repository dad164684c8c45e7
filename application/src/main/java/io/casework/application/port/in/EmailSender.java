package io.casework.application.port.in;

import java.time.Duration;

/** Sends the emails the outbox holds once they are due; the server's email loop calls it. */
public interface EmailSender {
    /** Sends up to {@code max} due emails; returns how many were due. */
    int sendDue(int max);

    /** How long the loop may wait before an email falls due (a retry, an expired lease), at most {@code atMost}. */
    Duration idleFor(Duration atMost);
}
