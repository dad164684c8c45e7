package io.casework.server;

import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.util.Duration;
import java.nio.file.Path;
import java.util.Map;

/** Where the data lives: the configured PostgreSQL, or the embedded one, started or attached to. */
final class Database implements Managed, AutoCloseable {
    private final DataSourceFactory dataSourceFactory;
    private final EmbeddedDatabase embedded;
    private volatile boolean started;

    private Database(DataSourceFactory dataSourceFactory, EmbeddedDatabase embedded) {
        this.dataSourceFactory = dataSourceFactory;
        this.embedded = embedded;
    }

    /** For a command: an embedded database it started is stopped at exit, however the command ends. */
    static Database open(CaseworkConfiguration config) {
        Database database = openUnhooked(config);
        if (database.embedded != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(database.embedded::close, "embedded-postgres-stop"));
        }
        return database;
    }

    /**
     * For the server, whose lifecycle stops the database after everything that uses it once it has started: a
     * shutdown hook stopping PostgreSQL at the same time would cut the server's connections while it still stops
     * (its work signal then logged {@code work_signal=lost}). The hook only stops a database the server never
     * started using, as when the start failed.
     */
    static Database forServer(CaseworkConfiguration config) {
        Database database = openUnhooked(config);
        if (database.embedded != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (!database.started) {
                    database.embedded.close();
                }
            }, "embedded-postgres-stop"));
        }
        return database;
    }

    private static Database openUnhooked(CaseworkConfiguration config) {
        CaseworkConfiguration.DatabaseSettings settings = config.database;
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("org.postgresql.Driver");
        factory.setMaxSize(settings.maxConnections);
        factory.setMinSize(0);
        // no connections at build time: an unreachable database is then reported once, by the migration
        factory.setInitialSize(0);
        factory.setAutoCommitByDefault(true);
        // set once per connection: asking for it per transaction costs a round trip (SHOW) each time
        factory.setDefaultTransactionIsolation(DataSourceFactory.TransactionIsolation.READ_COMMITTED);
        factory.setMaxWaitForConnection(Duration.seconds(10));
        // logServerErrorDetail=false: an error's message leaves out the server's detail line, which quotes the
        // statement's values ("Key (email)=(…) already exists"), so a logged database error holds no personal data
        factory.setProperties(Map.of("connectTimeout", "5", "ApplicationName", "casework",
                "logServerErrorDetail", "false"));
        if (!settings.isEmbedded()) {
            factory.setUrl(settings.url);
            factory.setUser(user(settings));
            factory.setPassword(settings.password == null || settings.password.isEmpty() ? null : settings.password);
            return new Database(factory, null);
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.startOrAttach(Path.of(config.dataDir));
        factory.setUrl(embedded.jdbcUrl());
        factory.setUser(embedded.user());
        factory.setPassword("");
        return new Database(factory, embedded);
    }

    /**
     * The configured user; with none, the one the URL names ({@code ?user=}), else the operating system's user, as
     * libpq (psql) does. An empty user would reach PostgreSQL as "no PostgreSQL user name specified".
     */
    static String user(CaseworkConfiguration.DatabaseSettings settings) {
        if (settings.user != null && !settings.user.isEmpty()) {
            return settings.user;
        }
        int query = settings.url.indexOf('?');
        if (query >= 0 && java.util.Arrays.stream(settings.url.substring(query + 1).split("&"))
                .anyMatch(parameter -> parameter.startsWith("user="))) {
            return null;
        }
        return System.getProperty("user.name");
    }

    DataSourceFactory dataSourceFactory() {
        return dataSourceFactory;
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public void stop() {
        close();
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
