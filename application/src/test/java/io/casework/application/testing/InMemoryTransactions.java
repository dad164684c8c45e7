package io.casework.application.testing;

import io.casework.application.port.out.Transactions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory fakes: one lock serializes them, which gives the isolation the use cases rely
 * on. A transaction or savepoint whose work throws puts the fakes that {@link #takePart take part} back as they
 * were when it began. A transaction that fails with a {@link Conflict}, as one on PostgreSQL fails for a deadlock,
 * is retried from the start, a few times, like {@code JdbiTransactions} does.
 */
public final class InMemoryTransactions implements Transactions {
    /** A fake whose state a savepoint can put back. */
    public interface Participant {
        /** What puts this fake back as it is now. */
        Runnable snapshot();

        /** What puts {@code map} back as it is now; {@code owner} is the fake whose monitor guards it. */
        static <K, V> Runnable restoring(Object owner, Map<K, V> map) {
            return restoring(owner, map, new LinkedHashMap<>(map));
        }

        /** What puts {@code map} back to {@code copy}, taken now (deep, when its values change in place). */
        static <K, V> Runnable restoring(Object owner, Map<K, V> map, Map<K, V> copy) {
            return () -> {
                synchronized (owner) {
                    map.clear();
                    map.putAll(copy);
                }
            };
        }

        /** What puts {@code list} back as it is now; {@code owner} is the fake whose monitor guards it. */
        static <E> Runnable restoring(Object owner, List<E> list) {
            List<E> copy = new ArrayList<>(list);
            return () -> {
                synchronized (owner) {
                    list.clear();
                    list.addAll(copy);
                }
            };
        }
    }

    /** What a transaction fails with where PostgreSQL would abort it for a deadlock: it is retried. */
    public static final class Conflict extends RuntimeException {
        public Conflict(String message) {
            super(message);
        }
    }

    private static final int ATTEMPTS = 5;

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Participant> participants = new CopyOnWriteArrayList<>();

    public InMemoryTransactions takePart(Participant... fakes) {
        participants.addAll(List.of(fakes));
        return this;
    }

    @Override
    public boolean inProgress() {
        return lock.isHeldByCurrentThread();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    return undoneIfItThrows(work);
                } catch (Conflict e) {
                    if (attempt >= ATTEMPTS) {
                        throw e;
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T inSavepoint(Supplier<T> work) {
        return inTransaction(() -> undoneIfItThrows(work));
    }

    private <T> T undoneIfItThrows(Supplier<T> work) {
        List<Runnable> restore = new ArrayList<>();
        participants.forEach(p -> restore.add(p.snapshot()));
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            restore.forEach(Runnable::run);
            throw e;
        }
    }
}
