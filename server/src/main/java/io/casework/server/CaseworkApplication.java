package io.casework.server;

import io.casework.adapters.persistence.jdbi.PostgresPersistence;
import io.casework.adapters.persistence.migration.DatabaseMigrations;
import io.casework.adapters.persistence.jdbi.PostgresWorkSignal;
import io.casework.adapters.rest.RestApi;
import io.casework.adapters.web.WebPages;
import io.casework.application.port.out.Notifier;
import io.casework.application.service.NotificationSender;
import io.casework.application.service.WorkflowEngine;
import io.dropwizard.lifecycle.Managed;
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

        environment.lifecycle().addServerLifecycleListener(server -> server.setErrorHandler(new ProblemErrorHandler()));
        RestApi.configure(environment.getObjectMapper());
        RestApi.register(environment.jersey(), environment.metrics(), wiring.restUseCases(),
                persistence.idempotencyStore(), persistence.transactions(), Wiring.CLOCK);
        WebPages.register(environment);
        environment.healthChecks().register("database", new DatabaseHealthCheck(persistence));

        Notifier notifier = wiring.notifier();
        environment.healthChecks().register("email", new NotifierHealthCheck(notifier));
        startBackgroundWork(config, environment, persistence, wiring, notifier);
    }

    /** Run workers woken by the database's signal, and the email sender; both stop before the database does. */
    private static void startBackgroundWork(CaseworkConfiguration config, Environment environment,
                                            PostgresPersistence persistence, Wiring wiring, Notifier notifier) {
        if (config.engine.workers > 0) {
            PostgresWorkSignal signal = persistence.newWorkSignal();
            WakeUps wakeUps = new WakeUps(signal);
            environment.lifecycle().manage(new Managed() {
                @Override
                public void stop() {
                    signal.close();
                }
            });
            environment.lifecycle().manage(wakeUps);
            WorkflowEngine engine = wiring.workflowEngine();
            environment.lifecycle().manage(new BackgroundLoop("run-worker", config.engine.workers,
                    engine::runNext, wakeUps::await));
        }
        NotificationSender sender = wiring.notificationSender(notifier);
        environment.lifecycle().manage(new BackgroundLoop("email-sender", 1,
                worker -> sender.sendDue(Wiring.NOTIFICATION_BATCH) > 0, () -> Thread.sleep(200)));
    }
}
