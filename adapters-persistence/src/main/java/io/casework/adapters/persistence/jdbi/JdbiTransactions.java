package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.out.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionException;

/**
 * Transactions bound to the calling thread: repositories called inside {@link #inTransaction} share its handle;
 * called outside, each runs on a handle of its own. A transaction that PostgreSQL aborts for a deadlock or a
 * serialization failure is retried from the start, a few times. A savepoint is a JDBC savepoint on the transaction's
 * connection. Transactions run at READ COMMITTED, PostgreSQL's default, which the server's pool also sets on each
 * connection it opens (asking per transaction would cost a round trip each time).
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
                return jdbi.inTransaction(handle -> {
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

    @Override
    public boolean inProgress() {
        return current.get() != null;
    }

    /**
     * {@code SAVEPOINT} before the work, {@code ROLLBACK TO SAVEPOINT} if it throws (which also clears an error
     * PostgreSQL raised inside it). A savepoint that succeeded is not released: it ends with the transaction, and
     * {@code RELEASE SAVEPOINT} would cost a round trip, at the end of the work, when locks it took are held.
     */
    @Override
    public <T> T inSavepoint(Supplier<T> work) {
        Handle handle = current.get();
        if (handle == null) {
            return inTransaction(work);
        }
        Connection connection = handle.getConnection();
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new TransactionException("could not set a savepoint", e);
        }
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException e) {
                // the transaction is not usable any more: fail it as a whole
                TransactionException broken = new TransactionException("could not roll back to a savepoint", e);
                broken.addSuppressed(failure);
                throw broken;
            }
            throw failure;
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
