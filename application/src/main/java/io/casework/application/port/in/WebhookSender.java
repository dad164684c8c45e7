package io.casework.application.port.in;

import java.time.Duration;

/** Delivers the events the webhook outbox holds once they are due; the server's webhook loop calls it. */
public interface WebhookSender {
    /** Delivers up to {@code max} due events; returns how many were due. */
    int deliverDue(int max);

    /** How long the loop may wait before a delivery falls due (a retry), at most {@code atMost}. */
    Duration idleFor(Duration atMost);
}
