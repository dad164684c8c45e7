package io.casework.adapters.persistence;

import io.casework.adapters.persistence.migration.DatabaseMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Real PostgreSQL for tests: the server named by {@code CASEWORK_TEST_DATABASE_URL} (user
 * {@code CASEWORK_TEST_DATABASE_USER}, default postgres), else an embedded one started once per JVM. Each
 * {@link #fresh()} call gets a new, migrated database of its own, dropped when the JVM exits.
 */
public final class TestDatabase {
    private static String serverUrl;
    private static String user;
    private static String password;
    private static final List<String> CREATED = new ArrayList<>();

    private TestDatabase() {
    }

    public record Fresh(String url, String user, String password, DataSource dataSource) {
    }

    public static synchronized Fresh fresh() {
        Fresh empty = empty();
        DatabaseMigrations.migrate(empty.dataSource());
        return empty;
    }

    /** A new database without any table, for tests of the migrations themselves. */
    public static synchronized Fresh empty() {
        startServer();
        String name = "casework_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE DATABASE " + name);
        CREATED.add(name);
        String url = withDatabase(serverUrl, name);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return new Fresh(url, user, password, dataSource);
    }

    private static void startServer() {
        if (serverUrl != null) {
            return;
        }
        String configured = System.getenv("CASEWORK_TEST_DATABASE_URL");
        if (configured != null && !configured.isBlank()) {
            serverUrl = configured;
            user = envOr("CASEWORK_TEST_DATABASE_USER", "postgres");
            password = envOr("CASEWORK_TEST_DATABASE_PASSWORD", "");
        } else {
            try {
                EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
                serverUrl = embedded.getJdbcUrl("postgres", "postgres");
                user = "postgres";
                password = "";
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
            }
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated));
    }

    private static synchronized void dropCreated() {
        for (String name : CREATED) {
            try {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (RuntimeException e) {
                // the server may already be going away; a leftover test database is harmless
            }
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database: " + sql + ": " + e.getMessage(), e);
        }
    }

    private static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
