package io.casework.application.testing;

import io.casework.application.port.out.Transactions;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory fakes: one lock serializes them, which gives the isolation the use cases rely
 * on. There is no rollback; use-case tests that need it run on PostgreSQL.
 */
public final class InMemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
