package io.casework.server;

import io.casework.adapters.persistence.jdbi.PostgresPersistence;
import io.casework.adapters.persistence.migration.DatabaseMigrations;
import io.casework.adapters.persistence.jdbi.PostgresWorkSignal;
import io.casework.adapters.persistence.jdbi.PostgresWorkSignal.Work;
import io.casework.adapters.rest.RestApi;
import io.casework.adapters.web.WebPages;
import io.casework.application.Casework;
import io.casework.application.port.in.EmailSender;
import io.casework.application.port.in.Reassigner;
import io.casework.application.port.in.SlaBreachRunner;
import io.casework.application.port.in.WebhookSender;
import io.casework.application.port.in.UseCases;
import io.casework.application.port.in.WorkflowRunner;
import io.casework.application.port.out.Notifier;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.lifecycle.ServerLifecycleListener;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import jakarta.servlet.DispatcherType;
import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class CaseworkApplication extends Application<CaseworkConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(CaseworkApplication.class);
    /** How long an idle run worker waits without a signal before it looks for runs anyway. */
    private static final Duration RUN_POLL = Duration.ofSeconds(1);
    /** The same for the email sender; retries due sooner are waited for exactly. */
    private static final Duration EMAIL_POLL = Duration.ofSeconds(5);
    /** The same for the webhook sender. */
    private static final Duration WEBHOOK_POLL = Duration.ofSeconds(5);
    /**
     * How long the email sender lets emails gather once woken: those queued meanwhile go out in one batch, on one SMTP
     * connection, not in a transaction and a connection each. Nobody waits on an email to the millisecond.
     */
    private static final Duration EMAIL_GATHERING = Duration.ofMillis(50);
    /** How long the reassigner sleeps between looks for due jobs when none is due sooner. */
    private static final Duration REASSIGNMENT_POLL = Duration.ofSeconds(2);
    /** How often the SLA loop looks for deadlines that have passed: a breach fires within this of its deadline. */
    private static final Duration SLA_POLL = Duration.ofSeconds(1);

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
        bootstrap.addCommand(new MigrationsCommand());
        bootstrap.addCommand(new CreateOrganizationCliCommand(commandOutput));
        bootstrap.addCommand(new SetPlanCliCommand(commandOutput));
        bootstrap.addCommand(new SignInLinkCliCommand(commandOutput));
        bootstrap.addCommand(new CreateApiKeyCliCommand(commandOutput));
        bootstrap.addCommand(new RevokeApiKeyCliCommand(commandOutput));
    }

    @Override
    protected void addDefaultCommands(Bootstrap<CaseworkConfiguration> bootstrap) {
        bootstrap.addCommand(new CaseworkServerCommand(this));
        bootstrap.addCommand(new CheckCommand<>(this));
    }

    @Override
    public void run(CaseworkConfiguration config, Environment environment) {
        Database database = Database.forServer(config);
        environment.lifecycle().manage(database);
        ManagedDataSource dataSource = database.dataSourceFactory().build(environment.metrics(), "postgres");
        environment.lifecycle().manage(dataSource);
        DatabaseMigrations.migrate(dataSource);

        PostgresPersistence persistence = new PostgresPersistence(dataSource);
        Wiring wiring = new Wiring(persistence, config);
        Notifier notifier = wiring.notifier();
        UseCases casework = wiring.casework(notifier, new MetricsTelemetry(environment.metrics()));

        DefaultServerFactory servers = (DefaultServerFactory) config.getServerFactory();
        servers.setRequestLogFactory(new QuietRequestLogFactory(servers.getRequestLogFactory()));
        environment.lifecycle().addServerLifecycleListener(server -> server.setErrorHandler(new ProblemErrorHandler()));
        environment.lifecycle().addServerLifecycleListener(new ServerLifecycleListener() {
            @Override
            public void serverStarted(Server server) {
                LOG.info(ListeningLine.of(config, getLocalPort(server), getAdminPort(server)));
            }
        });
        RestApi.configure(environment.getObjectMapper());
        RestApi.register(environment.jersey(), environment.getObjectMapper(), environment.metrics(), casework,
                config.rateLimits.limits());
        environment.servlets().addFilter("gzip-bodies", new GzipBodyFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        WebPages.register(environment, casework, config.publicUrlOrDefault());
        environment.healthChecks().register("database", new DatabaseHealthCheck(persistence));
        environment.healthChecks().register("email", new NotifierHealthCheck(notifier));
        OperationsMetrics.register(environment, persistence::backlog);
        startBackgroundWork(config, environment, persistence, casework);
    }

    /** Run workers and the email sender, woken by the database's signal; both stop before the database does. */
    private static void startBackgroundWork(CaseworkConfiguration config, Environment environment,
                                            PostgresPersistence persistence, UseCases casework) {
        PostgresWorkSignal signal = persistence.newWorkSignal();
        WakeUps wakeUps = new WakeUps(signal);
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                signal.close();
            }
        });
        environment.lifecycle().manage(wakeUps);
        if (config.engine.workers > 0) {
            WorkflowRunner runner = casework.workflowRunner();
            environment.lifecycle().manage(runWorkers(runner, config.engine.workers, wakeUps, RUN_POLL));
            // moving cases and firing SLA deadlines are the engine's work too: a process that runs no workflows
            // does neither
            environment.lifecycle().manage(reassigner(casework.reassigner(), REASSIGNMENT_POLL));
            environment.lifecycle().manage(slaDeadlines(casework.slaBreaches(), SLA_POLL));
        }
        environment.lifecycle().manage(emailSender(casework.emailSender(), wakeUps, EMAIL_POLL));
        environment.lifecycle().manage(webhookSender(casework.webhookSender(), wakeUps, WEBHOOK_POLL));
    }

    /**
     * Workers that run batches of runs: one that claims a full batch goes on at once; one that claims less has
     * taken all there was, and waits for a signal meant for it (each queued run wakes one idle worker), or
     * {@code poll}.
     */
    static BackgroundLoop runWorkers(WorkflowRunner runner, int workers, WakeUps wakeUps, Duration poll) {
        return new BackgroundLoop("run-worker", workers,
                worker -> wakeUps.round(Work.RUNS, runner.batchSize(), () -> runner.runBatch(worker)),
                () -> wakeUps.await(Work.RUNS, poll));
    }

    /**
     * Sends what is due, a batch at a time while batches are full, then waits for an email to be queued, the next
     * retry to fall due, or {@code poll}, and lets more gather ({@link #EMAIL_GATHERING}): a batch that was not full
     * took every email due, and a look for more would find none.
     */
    static BackgroundLoop emailSender(EmailSender sender, WakeUps wakeUps, Duration poll) {
        return new BackgroundLoop("email-sender", 1,
                worker -> wakeUps.round(Work.EMAILS, Wiring.NOTIFICATION_BATCH,
                        () -> sender.sendDue(Wiring.NOTIFICATION_BATCH)),
                () -> {
                    wakeUps.await(Work.EMAILS, sender.idleFor(poll));
                    TimeUnit.MILLISECONDS.sleep(EMAIL_GATHERING.toMillis());
                });
    }

    /**
     * Moves the cases of members who became unavailable, a batch per round while a job is due, then sleeps until the
     * next job falls due or {@code poll}: a job written just now (a deactivation) is found within {@code poll}.
     */
    static BackgroundLoop reassigner(Reassigner reassigner, Duration poll) {
        return new BackgroundLoop("reassigner", 1, worker -> reassigner.moveNextBatch(),
                () -> Thread.sleep(reassigner.idleFor(poll).toMillis()));
    }

    /**
     * Fires the SLA deadlines that have passed, a batch at a time, then sleeps {@code poll}: deadlines are timestamps,
     * not signals, and with none due a look is one probe of an index holding only cases with a pending deadline.
     */
    static BackgroundLoop slaDeadlines(SlaBreachRunner runner, Duration poll) {
        return new BackgroundLoop("sla-deadlines", 1, worker -> runner.fireDue() >= Casework.SLA_BATCH_SIZE,
                () -> Thread.sleep(poll.toMillis()));
    }

    /**
     * Delivers what is due, then waits for an event to be queued, the next retry to fall due, or {@code poll}. Unlike
     * emails, any delivery means look again at once: it makes the next event of its subject due.
     */
    static BackgroundLoop webhookSender(WebhookSender sender, WakeUps wakeUps, Duration poll) {
        return new BackgroundLoop("webhook-sender", 1,
                worker -> wakeUps.round(Work.WEBHOOKS, 1, () -> sender.deliverDue(Wiring.WEBHOOK_BATCH)),
                () -> wakeUps.await(Work.WEBHOOKS, sender.idleFor(poll)));
    }
}
