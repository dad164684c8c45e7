package io.casework.adapters.persistence.migration;

import java.sql.Connection;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a database schema up to date with the changelogs. Liquibase's lock table makes it safe when several
 * server processes start at once.
 */
public final class DatabaseMigrations {
    public static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    private DatabaseMigrations() {
    }

    @SuppressWarnings("deprecation") // Liquibase 4.33's replacement (CommandScope) needs more ceremony for the same call
    public static void migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(CHANGELOG,
                    new ClassLoaderResourceAccessor(DatabaseMigrations.class.getClassLoader()), database);
            // report through the log, not on standard output, which belongs to the commands' results
            liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () -> liquibase.update(""));
            // Liquibase leaves auto-commit off; a pooled connection handed on like that makes later
            // transactions look nested, so they would never commit
            connection.setAutoCommit(autoCommit);
        } catch (Exception e) {
            throw new IllegalStateException("database migration failed: " + e.getMessage(), e);
        }
    }
}
