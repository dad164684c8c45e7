package io.casework.server;

import io.casework.application.port.out.WorkSignal;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays the database's "new run" signal to this process's idle workers: one thread listens (a listening
 * connection serves one thread), and every worker waits here, at most a second, so work is picked up within
 * milliseconds of being queued and within a second even if a notification is lost.
 */
final class WakeUps implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(WakeUps.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final WorkSignal signal;
    private final Object monitor = new Object();
    private long generation;
    private Thread listener;

    WakeUps(WorkSignal signal) {
        this.signal = signal;
    }

    @Override
    public void start() {
        listener = new Thread(this::listen, "work-signal");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                signal.awaitWork(POLL);
                synchronized (monitor) {
                    generation++;
                    monitor.notifyAll();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("work signal failed error=\"{}\"", e.toString());
            }
        }
    }

    /** Returns at the next wake-up, or after a second. */
    void await() throws InterruptedException {
        synchronized (monitor) {
            long seen = generation;
            long deadline = System.nanoTime() + POLL.toNanos();
            while (generation == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                monitor.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    @Override
    public void stop() throws InterruptedException {
        if (listener != null) {
            listener.interrupt();
            listener.join(2000);
        }
    }
}
