package io.casework.server;

import io.casework.adapters.persistence.jdbi.PostgresWorkSignal;
import io.casework.adapters.persistence.jdbi.PostgresWorkSignal.Work;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays the database's "work queued" signals to this process's idle threads: one thread listens (a listening
 * connection serves one thread), and each idle thread waits here for the kind of work it does. Each signal (one
 * per committed transaction that queued work) wakes one idle thread, not all of them: the others go on waiting
 * instead of each sending a claim that finds nothing. A thread that finds less work than it can take at once says
 * so ({@link #caughtUp}), so that signals whose work it just took wake nobody else; a thread that finds a full load
 * keeps going without waiting. Signals that came while every thread was busy are kept, so none is lost; waits are
 * bounded, so work is still found if the signal is.
 */
final class WakeUps implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(WakeUps.class);
    /** How long the listener waits at a time; also how long it may take to notice it should stop. */
    private static final Duration LISTEN = Duration.ofSeconds(1);

    private final PostgresWorkSignal signal;
    private final ReentrantLock lock = new ReentrantLock();
    /** One condition per kind of work, so that a signal wakes a thread waiting for that kind; guarded by the lock. */
    private final Condition[] queued = new Condition[Work.values().length];
    /** How many times each kind of work was signalled, by ordinal; guarded by the lock. */
    private final long[] signalled = new long[Work.values().length];
    /** How many of those signals woke a thread or were caught up with; guarded by the lock. */
    private final long[] taken = new long[Work.values().length];
    private Thread listener;

    WakeUps(PostgresWorkSignal signal) {
        this.signal = signal;
        for (Work work : Work.values()) {
            queued[work.ordinal()] = lock.newCondition();
        }
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
                Map<Work, Integer> heard = signal.awaitSignals(LISTEN);
                if (!heard.isEmpty()) {
                    lock.lock();
                    try {
                        heard.forEach((work, times) -> {
                            signalled[work.ordinal()] += times;
                            for (int i = 0; i < times; i++) {
                                queued[work.ordinal()].signal();
                            }
                        });
                    } finally {
                        lock.unlock();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("work signal failed error=\"{}\"", e.toString());
            }
        }
    }

    /**
     * One round of a thread woken by signals of {@code work}: {@code take} takes what it finds, up to a full load of
     * {@code full}, and says how much it found. Returns true when the load was full: there may be more, go on at
     * once. Less means it took all there was, so the signals heard before it looked wake no other thread.
     */
    boolean round(Work work, int full, IntSupplier take) {
        long before = heard(work);
        if (take.getAsInt() >= full) {
            return true;
        }
        caughtUp(work, before);
        return false;
    }

    /** How many signals of {@code work} were heard so far: read it before looking for work, for {@link #caughtUp}. */
    long heard(Work work) {
        lock.lock();
        try {
            return signalled[work.ordinal()];
        } finally {
            lock.unlock();
        }
    }

    /**
     * The caller looked for {@code work} after {@code heard} signals and found all there was: those signals wake no
     * other thread.
     */
    void caughtUp(Work work, long heard) {
        lock.lock();
        try {
            int kind = work.ordinal();
            taken[kind] = Math.max(taken[kind], heard);
        } finally {
            lock.unlock();
        }
    }

    /** Returns once a signal of {@code work} is left for this thread (it takes it), or after {@code atMost}. */
    void await(Work work, Duration atMost) throws InterruptedException {
        int kind = work.ordinal();
        lock.lock();
        try {
            long left = atMost.toNanos();
            while (signalled[kind] <= taken[kind]) {
                if (left <= 0) {
                    return;
                }
                left = queued[kind].awaitNanos(left);
            }
            taken[kind]++;
        } finally {
            lock.unlock();
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
