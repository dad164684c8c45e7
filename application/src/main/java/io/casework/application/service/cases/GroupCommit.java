package io.casework.application.service.cases;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the work of concurrent callers together, in one transaction, so the statements and the commit of a group
 * are shared by all of its callers. No thread of its own: the first caller writes (leads); callers arriving while
 * a group is written wait, and when it is done the longest waiting leads the next group, which is every caller
 * queued by then (up to a limit). A caller alone writes at once, so a quiet process pays no extra wait.
 *
 * <p>If a group's write fails, nothing of it is kept (it is one transaction) and each of its callers writes its
 * own work alone, on its own thread: one caller's bad work fails that caller only.
 *
 * @param <C> what a caller asks to write
 * @param <R> what it gets back once written
 */
final class GroupCommit<C, R> {
    private enum Turn { WRITTEN, LEAD, ALONE }

    private final int maxGroup;
    private final Function<List<C>, List<R>> together;
    private final Function<C, R> alone;
    private final ArrayDeque<Caller<C, R>> queue = new ArrayDeque<>(); // guarded by this
    private boolean leading; // guarded by this; false only while the queue is empty

    /** {@code together} writes the group and answers in its order; {@code alone} writes one caller's work. */
    GroupCommit(int maxGroup, Function<List<C>, List<R>> together, Function<C, R> alone) {
        this.maxGroup = maxGroup;
        this.together = together;
        this.alone = alone;
    }

    R write(C work) {
        Caller<C, R> me = new Caller<>(work);
        boolean lead;
        synchronized (this) {
            queue.add(me);
            lead = !leading;
            leading = true;
        }
        Turn turn = lead ? Turn.LEAD : me.awaitTurn();
        if (turn == Turn.LEAD) {
            // a leader is the head of the queue, so its own work is in the group it writes
            writeNextGroup();
            turn = me.awaitTurn();
        }
        if (turn == Turn.ALONE) {
            return alone.apply(work);
        }
        if (me.failure instanceof Error error) {
            throw error;
        }
        if (me.failure != null) {
            throw (RuntimeException) me.failure;
        }
        return me.result;
    }

    /** Callers waiting for a group to take their work. */
    synchronized int queued() {
        return queue.size();
    }

    private void writeNextGroup() {
        List<Caller<C, R>> group = new ArrayList<>();
        synchronized (this) {
            while (group.size() < maxGroup && !queue.isEmpty()) {
                group.add(queue.poll());
            }
        }
        List<R> results = null;
        Throwable thrown = null;
        try {
            results = together.apply(group.stream().map(c -> c.work).toList());
        } catch (RuntimeException | Error e) {
            thrown = e;
        }
        try {
            if (thrown == null && results.size() == group.size()) {
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).result = results.get(i);
                    group.get(i).give(Turn.WRITTEN);
                }
            } else if (thrown == null || group.size() == 1) {
                // a write that returned may have committed: its callers hear of the fault and write nothing again
                Throwable failure = thrown != null ? thrown : new IllegalStateException(
                        "a group of " + group.size() + " was answered " + results.size() + " times");
                for (Caller<C, R> caller : group) {
                    caller.failure = failure;
                    caller.give(Turn.WRITTEN);
                }
            } else {
                for (Caller<C, R> caller : group) {
                    caller.give(Turn.ALONE);
                }
            }
        } finally {
            synchronized (this) {
                Caller<C, R> next = queue.peek();
                if (next == null) {
                    leading = false;
                } else {
                    next.give(Turn.LEAD);
                }
            }
        }
    }

    private static final class Caller<C, R> {
        final C work;
        // written before give, read after awaitTurn: the monitor orders them
        R result;
        Throwable failure; // a RuntimeException or an Error
        private Turn turn; // guarded by this: given, not yet taken

        Caller(C work) {
            this.work = work;
        }

        synchronized void give(Turn given) {
            turn = given;
            notifyAll();
        }

        /** Waits for the next turn given and takes it; a caller waits for the write it asked for, interrupted or not. */
        synchronized Turn awaitTurn() {
            boolean interrupted = false;
            while (turn == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Turn taken = turn;
            turn = null;
            return taken;
        }
    }
}
