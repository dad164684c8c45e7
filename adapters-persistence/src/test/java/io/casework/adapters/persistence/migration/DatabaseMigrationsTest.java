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
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.jdbi.v3.core.Jdbi;
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

    /**
     * Changeset 011: the events of earlier versions that resolved or reopened a case get their own type, and a
     * resolved case gets the time of its last resolution; an open one none.
     */
    @Test
    @SuppressWarnings("deprecation") // as in DatabaseMigrations: update(count) is the one call that stops midway
    void changeset011TypesResolutionsAndReopeningsAndDatesTheResolvedCases() throws Exception {
        TestDatabase.Fresh db = TestDatabase.empty();
        try (Connection c = db.dataSource().getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            new Liquibase(DatabaseMigrations.CHANGELOG,
                    new ClassLoaderResourceAccessor(getClass().getClassLoader()), database).update(10, "");
        }
        Jdbi jdbi = Jdbi.create(db.dataSource());
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO organizations (id, name, plan, created_at) "
                    + "VALUES ('org_1', 'Acme', 'growth', now())");
            for (String[] aCase : new String[][] {{"case_resolved", "resolved"}, {"case_reopened", "open"}}) {
                h.execute("INSERT INTO cases (id, organization_id, case_type, priority, attributes, tags, status, "
                        + "created_at, updated_at, version) VALUES (?, 'org_1', 'x', 'normal', '{}', '{}', ?, "
                        + "'2026-01-01T00:00:00Z', '2026-01-09T00:00:00Z', 5)", aCase[0], aCase[1]);
            }
            String[][] events = {
                    {"case_resolved", """
                            {"changes": {"status": {"from": "open", "to": "pending"}}}"""},
                    {"case_resolved", """
                            {"changes": {"status": {"from": "pending", "to": "resolved"}}}"""},
                    {"case_resolved", """
                            {"changes": {"status": {"from": "resolved", "to": "open"}}}"""},
                    {"case_resolved", """
                            {"changes": {"status": {"from": "open", "to": "resolved"},
                                         "priority": {"from": "low", "to": "high"}}}"""},
                    {"case_resolved", """
                            {"changes": {"resolution": {"from": null, "to": "ok"}}}"""},
                    {"case_reopened", """
                            {"changes": {"status": {"from": "open", "to": "resolved"}}}"""},
                    {"case_reopened", """
                            {"changes": {"status": {"from": "resolved", "to": "open"}}}"""}};
            for (int i = 0; i < events.length; i++) {
                h.execute("INSERT INTO case_events (id, organization_id, case_id, type, actor_type, actor_id, data, "
                        + "created_at) VALUES (?, 'org_1', ?, 'case.updated', 'api_key', 'key_1', CAST(? AS jsonb), "
                        + "CAST(? AS timestamptz))", "evt_" + i, events[i][0], events[i][1],
                        "2026-01-0" + (i + 2) + "T00:00:00Z");
            }
        });

        DatabaseMigrations.migrate(db.dataSource());

        jdbi.useHandle(h -> {
            assertThat(h.createQuery("SELECT type FROM case_events ORDER BY seq").mapTo(String.class).list())
                    .containsExactly("case.updated", "case.resolved", "case.reopened", "case.resolved",
                            "case.updated", "case.resolved", "case.reopened");
            assertThat(h.createQuery("SELECT id, resolved_at FROM cases ORDER BY id")
                    .map((rs, ctx) -> rs.getString("id") + " " + Optional.ofNullable(
                            rs.getObject("resolved_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null))
                    .list())
                    .containsExactly("case_reopened null", "case_resolved 2026-01-05T00:00:00Z");
        });
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
