package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.codahale.metrics.MetricRegistry;
import io.casework.adapters.persistence.TestDatabase;
import io.casework.adapters.persistence.jdbi.StatementMessages;
import io.dropwizard.db.ManagedDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.junit.jupiter.api.Test;

/** A failed statement is logged with its text and the error, never with the values it carried. */
class DatabaseErrorMessagesTest {
    @Test
    void aFailedStatementsTraceHoldsTheStatementAndTheErrorButNoValue() throws Exception {
        TestDatabase.Fresh fresh = TestDatabase.fresh();
        CaseworkConfiguration config = new CaseworkConfiguration();
        config.database.url = fresh.url();
        config.database.user = fresh.user();
        config.database.password = fresh.password();
        // the data source the server builds, and the Jdbi its persistence adapter builds
        ManagedDataSource dataSource = Database.open(config).dataSourceFactory().build(new MetricRegistry(), "test");
        try {
            Jdbi jdbi = StatementMessages.withoutValues(Jdbi.create(dataSource).installPlugin(new PostgresPlugin()));
            jdbi.useHandle(h -> h.execute("create table people (email text primary key, name text)"));
            jdbi.useHandle(h -> h.createUpdate("insert into people (email, name) values (:email, :name)")
                    .bind("email", "grace@example.test").bind("name", "Grace Hopper").execute());

            Throwable duplicate = catchThrowable(() -> jdbi.useHandle(h -> h.createUpdate(
                    "insert into people (email, name) values (:email, :name)")
                    .bind("email", "grace@example.test").bind("name", "Grace Hopper").execute()));
            Throwable batch = catchThrowable(() -> jdbi.useHandle(h -> h.prepareBatch(
                    "insert into people (email, name) values (:email, :name)")
                    .bind("email", "ada@example.test").bind("name", "Ada Lovelace").add()
                    .bind("email", "grace@example.test").bind("name", "Grace Hopper").add()
                    .execute()));

            // what the adapter needs to tell a duplicate apart is still there
            Throwable root = duplicate;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(((org.postgresql.util.PSQLException) root).getServerErrorMessage().getConstraint())
                    .isEqualTo("people_pkey");
            for (Throwable failure : new Throwable[] {duplicate, batch}) {
                String logged = trace(failure);   // what a logger writes: each message of the cause chain
                assertThat(logged).contains("insert into people (email, name) values", "duplicate key value");
                assertThat(logged).doesNotContain("grace", "Grace", "Ada", "ada@");
            }
        } finally {
            dataSource.stop();
        }
    }

    private static String trace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                sql.getNextException().printStackTrace(new PrintWriter(text));
            }
        }
        return text.toString();
    }
}
