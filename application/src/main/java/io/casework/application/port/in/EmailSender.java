package io.casework.application.port.in;

/** Sends the emails the outbox holds once they are due; the server's email loop calls it. */
public interface EmailSender {
    /** Sends up to {@code max} due emails; returns how many were due. */
    int sendDue(int max);
}
