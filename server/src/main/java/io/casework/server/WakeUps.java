package io.casework.server;

import io.casework.adapters.persistence.jdbi.PostgresWorkSignal;
import io.casework.adapters.persistence.jdbi.PostgresWorkSignal.Work;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays the database's "work queued" signals to this process's idle threads: one thread listens (a listening
 * connection serves one thread), and each idle thread waits here for the kind of work it does, so it is picked up
 * within milliseconds of being queued. A thread that waits again after being busy returns at once if that kind of
 * work was queued meanwhile, so a wake-up that came while it worked is not lost; waits are bounded, so work is
 * still found if the signal is.
 */
final class WakeUps implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(WakeUps.class);
    /** How long the listener waits at a time; also how long it may take to notice it should stop. */
    private static final Duration LISTEN = Duration.ofSeconds(1);

    private final PostgresWorkSignal signal;
    private final Object monitor = new Object();
    /** How many times each kind of work was signalled, by ordinal; guarded by the monitor. */
    private final long[] signalled = new long[Work.values().length];
    /** What the calling thread had seen of each count when it last woke. */
    private final ThreadLocal<long[]> seen = ThreadLocal.withInitial(() -> new long[Work.values().length]);
    private Thread listener;

    WakeUps(PostgresWorkSignal signal) {
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
                Set<Work> queued = signal.awaitWork(LISTEN);
                if (!queued.isEmpty()) {
                    synchronized (monitor) {
                        queued.forEach(work -> signalled[work.ordinal()]++);
                        monitor.notifyAll();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("work signal failed error=\"{}\"", e.toString());
            }
        }
    }

    /** Returns once {@code work} is queued (or was, since this thread last woke), or after {@code atMost}. */
    void await(Work work, Duration atMost) throws InterruptedException {
        long[] mine = seen.get();
        int kind = work.ordinal();
        synchronized (monitor) {
            long deadline = System.nanoTime() + atMost.toNanos();
            while (signalled[kind] == mine[kind]) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(monitor, left);
            }
            mine[kind] = signalled[kind];
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
