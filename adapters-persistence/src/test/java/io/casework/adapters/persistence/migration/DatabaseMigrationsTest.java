package io.casework.adapters.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.adapters.persistence.jdbi.PostgresPersistence;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DatabaseMigrationsTest {
    @Test
    void migratingTwiceChangesNothingTheSecondTime() throws SQLException {
        TestDatabase.Fresh db = TestDatabase.fresh();

        DatabaseMigrations.migrate(db.dataSource());

        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM databasechangelog")) {
            rs.next();
            assertThat(rs.getInt(1)).isPositive();
        }
    }

    /** A pool hands the same connection on: after a migration it must still commit what is written through it. */
    @Test
    void aConnectionUsedForMigrationStillCommitsLaterTransactions() throws SQLException {
        TestDatabase.Fresh db = TestDatabase.fresh();
        Connection shared = DriverManager.getConnection(db.url(), db.user(), db.password());
        DataSource oneConnectionPool = new SingleConnectionDataSource(shared);

        DatabaseMigrations.migrate(oneConnectionPool);
        PostgresPersistence persistence = new PostgresPersistence(oneConnectionPool);
        OrganizationId id = new OrganizationId("org_committed");
        persistence.transactions().run(() -> persistence.organizations()
                .add(Organization.create(id, "Acme", Plan.GROWTH, Instant.now())));

        assertThat(new PostgresPersistence(db.dataSource()).organizations().find(id)).isPresent();
        shared.close();
    }

    /** Always the same physical connection, whose close() is ignored, as a pool of one would behave. */
    private record SingleConnectionDataSource(Connection connection) implements DataSource {
        @Override
        public Connection getConnection() {
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(connection, args));
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
