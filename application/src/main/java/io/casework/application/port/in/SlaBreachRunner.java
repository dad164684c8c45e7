package io.casework.application.port.in;

/** Fires the SLA deadlines that have passed: what the server's SLA loop calls. */
public interface SlaBreachRunner {
    /** Fires one batch of due deadlines, in one transaction; returns how many cases it claimed (0: none due). */
    int fireDue();
}
