package io.casework.server;

import io.dropwizard.lifecycle.Managed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads that repeat one unit of work until the server stops. A unit that fails (the database is away for a
 * moment) is logged on one line and retried after a pause; it never kills its thread.
 */
final class BackgroundLoop implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundLoop.class);

    /** One round of work; returns true when it did something, so the next round follows without waiting. */
    @FunctionalInterface
    interface Round {
        boolean run(String worker) throws InterruptedException;
    }

    /** What an idle thread does before trying again: wait for a wake-up, or sleep. */
    @FunctionalInterface
    interface Idle {
        void await() throws InterruptedException;
    }

    private final String name;
    private final int threads;
    private final Round round;
    private final Idle idle;
    private final List<Thread> running = new ArrayList<>();
    private volatile boolean stopping;

    BackgroundLoop(String name, int threads, Round round, Idle idle) {
        this.name = name;
        this.threads = threads;
        this.round = round;
        this.idle = idle;
    }

    @Override
    public void start() {
        String process = ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
        for (int i = 0; i < threads; i++) {
            String worker = name + "-" + process + "-" + i;
            Thread thread = new Thread(() -> loop(worker), worker);
            thread.setDaemon(true);
            thread.start();
            running.add(thread);
        }
    }

    private void loop(String worker) {
        while (!stopping) {
            try {
                if (!round.run(worker)) {
                    idle.await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    return; // interrupted mid-query by the shutdown: the work is retried after the restart
                }
                LOG.warn("background work failed loop={} worker={} error=\"{}\"", name, worker, e.toString());
                try {
                    TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void stop() throws InterruptedException {
        stopping = true;
        running.forEach(Thread::interrupt);
        for (Thread thread : running) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
        running.clear();
    }
}
