package io.casework.adapters.persistence.jdbi;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Recognises PostgreSQL's unique violation (SQLSTATE 23505) of one named constraint. */
final class UniqueViolations {
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    static boolean of(RuntimeException e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())) {
                ServerErrorMessage message = psql.getServerErrorMessage();
                return message != null && constraint.equals(message.getConstraint());
            }
            if (t instanceof SQLException) {
                return false;
            }
        }
        return false;
    }
}
