package io.casework.server;

import io.casework.adapters.persistence.jdbi.PostgresPersistence;
import io.casework.adapters.persistence.migration.DatabaseMigrations;
import io.casework.application.port.in.UseCases;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * A command that works on the database, whether or not a server runs on the same data directory: it migrates
 * the schema, runs, and closes everything it opened.
 */
abstract class DatabaseCommand extends ConfiguredCommand<CaseworkConfiguration> {
    DatabaseCommand(String name, String description) {
        super(name, description);
    }

    @Override
    protected final void run(Bootstrap<CaseworkConfiguration> bootstrap, Namespace namespace,
                             CaseworkConfiguration config) throws Exception {
        try (Database database = Database.open(config)) {
            ManagedDataSource dataSource = database.dataSourceFactory().build(bootstrap.getMetricRegistry(), "cli");
            try {
                DatabaseMigrations.migrate(dataSource);
                Wiring wiring = new Wiring(new PostgresPersistence(dataSource), config);
                run(namespace, wiring.casework(wiring.notifier()));
            } finally {
                dataSource.stop();
            }
        }
    }

    protected abstract void run(Namespace namespace, UseCases useCases);

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        StartupFailure.report(cli, getName(), e);
    }
}
