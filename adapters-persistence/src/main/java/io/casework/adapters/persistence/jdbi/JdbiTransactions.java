package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.out.Transactions;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Transactions bound to the calling thread: repositories called inside {@link #inTransaction} share its handle;
 * called outside, each runs on a handle of its own. A transaction that PostgreSQL aborts for a deadlock or a
 * serialization failure is retried from the start, a few times.
 */
public final class JdbiTransactions implements Transactions {
    private static final int ATTEMPTS = 5;

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
                    current.set(handle);
                    try {
                        return work.get();
                    } finally {
                        current.remove();
                    }
                });
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
            }
        }
    }

    /** Runs {@code call} on the current transaction's handle, or on a short-lived one. */
    <T> T withHandle(Function<Handle, T> call) {
        Handle handle = current.get();
        if (handle != null) {
            return call.apply(handle);
        }
        return jdbi.withHandle(call::apply);
    }

    private static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
