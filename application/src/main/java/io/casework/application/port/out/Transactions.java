package io.casework.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically: every repository call made inside sees and commits together, or not at all.
 * Nested calls join the outer transaction.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
