package io.casework.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically: every repository call made inside sees and commits together, or not at all. If the work
 * throws, nothing it did is kept. Nested calls join the outer transaction.
 *
 * <p>A transaction that fails because of a concurrent one (a deadlock, a serialization failure) may be run again
 * from the start, so the work must build what it stores inside it: an aggregate built before would carry state the
 * failed attempt used up, such as the events a save takes from it.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /** Whether the calling thread is inside a transaction, which a call of {@link #inTransaction} would join. */
    boolean inProgress();

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work as one part of the current transaction that can fail on its own (a savepoint): if {@code work}
     * throws, everything it did is undone, the exception reaches the caller, and the transaction goes on with what
     * was done before, ready for more work and its commit. If it returns, its work commits (or rolls back) with
     * the transaction. Outside a transaction it is a transaction of its own.
     */
    <T> T inSavepoint(Supplier<T> work);
}
