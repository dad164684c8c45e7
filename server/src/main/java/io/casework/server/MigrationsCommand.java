package io.casework.server;

import ch.qos.logback.classic.Level;
import io.casework.adapters.persistence.migration.DatabaseMigrations;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.migrations.DbCommand;
import net.sourceforge.argparse4j.inf.Namespace;
import org.slf4j.LoggerFactory;

/** Dropwizard's {@code db} commands (migrate, status, ...), failing with one line that names the problem. */
final class MigrationsCommand extends DbCommand<CaseworkConfiguration> {
    MigrationsCommand() {
        super("db", config -> Database.open(config).dataSourceFactory(), CaseworkConfiguration.class,
                DatabaseMigrations.CHANGELOG);
    }

    @Override
    protected void run(Bootstrap<CaseworkConfiguration> bootstrap, Namespace namespace, CaseworkConfiguration config)
            throws Exception {
        // these commands open a one-connection pool that connects at once, and the pool would log its failure
        // with a stack trace before onError says it in one line
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.tomcat.jdbc.pool.ConnectionPool"))
                .setLevel(Level.OFF);
        super.run(bootstrap, namespace, config);
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        StartupFailure.report(cli, "db", e);
    }
}
