package io.casework.adapters.persistence.jdbi;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * The message of a failed statement names the error and the statement, never its values: Jdbi's default appends
 * every bound argument (subject names, emails, attributes), and the message is what gets logged. The driver's own
 * message leaves out the server's detail line ("Key (email)=(…) already exists") when the connection has
 * {@code logServerErrorDetail=false}, which the server sets.
 */
public final class StatementMessages {
    /** The longest statement text a message quotes. */
    private static final int STATEMENT_LIMIT = 500;

    private StatementMessages() {
    }

    public static Jdbi withoutValues(Jdbi jdbi) {
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementMessages::render);
        return jdbi;
    }

    static String render(StatementException failure) {
        StatementContext context = failure.getStatementContext();
        String sql = context == null ? null : context.getRenderedSql();
        if (sql == null) {
            return failure.getShortMessage();
        }
        sql = sql.strip().replaceAll("\\s+", " ");
        if (sql.length() > STATEMENT_LIMIT) {
            sql = sql.substring(0, STATEMENT_LIMIT) + "…";
        }
        return failure.getShortMessage() + " [statement: \"" + sql + "\"]";
    }
}
