package io.casework.server;

import io.casework.adapters.persistence.jdbi.PostgresPersistence;
import io.casework.adapters.persistence.migration.DatabaseMigrations;
import io.casework.adapters.rest.RestApi;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.migrations.MigrationsBundle;
import java.io.PrintStream;

public class CaseworkApplication extends Application<CaseworkConfiguration> {
    private final PrintStream commandOutput;

    public CaseworkApplication() {
        this(System.out);
    }

    /** {@code commandOutput} receives the results the commands print (standard output by default). */
    CaseworkApplication(PrintStream commandOutput) {
        this.commandOutput = commandOutput;
    }

    public static void main(String[] args) throws Exception {
        new CaseworkApplication().run(args);
    }

    @Override
    public String getName() {
        return "casework";
    }

    @Override
    public void initialize(Bootstrap<CaseworkConfiguration> bootstrap) {
        bootstrap.setConfigurationFactoryFactory(LayeredConfigurationFactory.factory(new ConfigurationLayers(System.getenv())));
        bootstrap.addBundle(new MigrationsBundle<>() {
            @Override
            public DataSourceFactory getDataSourceFactory(CaseworkConfiguration config) {
                return Database.open(config).dataSourceFactory();
            }

            @Override
            public String getMigrationsFileName() {
                return DatabaseMigrations.CHANGELOG;
            }
        });
        bootstrap.addCommand(new CreateOrganizationCliCommand(commandOutput));
        bootstrap.addCommand(new SetPlanCliCommand(commandOutput));
    }

    @Override
    protected void addDefaultCommands(Bootstrap<CaseworkConfiguration> bootstrap) {
        bootstrap.addCommand(new CaseworkServerCommand(this));
        bootstrap.addCommand(new CheckCommand<>(this));
    }

    @Override
    public void run(CaseworkConfiguration config, Environment environment) {
        Database database = Database.open(config);
        environment.lifecycle().manage(database);
        ManagedDataSource dataSource = database.dataSourceFactory().build(environment.metrics(), "postgres");
        environment.lifecycle().manage(dataSource);
        DatabaseMigrations.migrate(dataSource);

        PostgresPersistence persistence = new PostgresPersistence(dataSource);
        Wiring wiring = new Wiring(persistence, config);

        RestApi.configure(environment.getObjectMapper());
        RestApi.register(environment.jersey(), wiring.restUseCases());
        environment.healthChecks().register("database", new DatabaseHealthCheck(persistence));
    }
}
