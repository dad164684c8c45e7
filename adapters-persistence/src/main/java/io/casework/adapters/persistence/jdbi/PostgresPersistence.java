package io.casework.adapters.persistence.jdbi;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/** The PostgreSQL adapter's front door: one place that builds every Jdbi repository over a data source. */
public final class PostgresPersistence {
    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final JdbiTransactions transactions;

    public PostgresPersistence(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = StatementMessages.withoutValues(Jdbi.create(dataSource).installPlugin(new PostgresPlugin()));
        this.transactions = new JdbiTransactions(jdbi);
    }

    public JdbiTransactions transactions() {
        return transactions;
    }

    public JdbiOrganizationRepository organizations() {
        return new JdbiOrganizationRepository(transactions);
    }

    public JdbiApiKeyRepository apiKeys() {
        return new JdbiApiKeyRepository(transactions);
    }

    public JdbiAssignCaseUsage assignCaseUsage() {
        return new JdbiAssignCaseUsage(transactions);
    }

    public JdbiStaffMemberRepository staffMembers() {
        return new JdbiStaffMemberRepository(transactions);
    }

    public JdbiTeamRepository teams() {
        return new JdbiTeamRepository(transactions);
    }

    public JdbiCaseRepository cases() {
        return new JdbiCaseRepository(transactions);
    }

    public JdbiSlaPolicyRepository slaPolicies() {
        return new JdbiSlaPolicyRepository(transactions);
    }

    public JdbiSlaTimers slaTimers() {
        return new JdbiSlaTimers(transactions);
    }

    public JdbiCaseTimeline caseTimeline() {
        return new JdbiCaseTimeline(transactions);
    }

    public JdbiAssigneeDirectory assigneeDirectory() {
        return new JdbiAssigneeDirectory(transactions);
    }

    public JdbiNotificationOutbox notificationOutbox() {
        return new JdbiNotificationOutbox(transactions);
    }

    public JdbiReassignments reassignments() {
        return new JdbiReassignments(transactions);
    }

    public JdbiWebhookEndpoints webhookEndpoints() {
        return new JdbiWebhookEndpoints(transactions);
    }

    public JdbiWebhookOutbox webhookOutbox() {
        return new JdbiWebhookOutbox(transactions);
    }

    public JdbiSignInLinks signInLinks() {
        return new JdbiSignInLinks(transactions);
    }

    public JdbiSessions sessions() {
        return new JdbiSessions(transactions);
    }

    public JdbiIdempotencyStore idempotencyStore() {
        return new JdbiIdempotencyStore(transactions);
    }

    /** A real round trip to the database, for health checks. */
    public void ping() {
        jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    /** What waits in the database now: one round trip. */
    public Backlog backlog() {
        return Backlog.read(jdbi);
    }

    public JdbiWorkflowRepository workflows() {
        return new JdbiWorkflowRepository(transactions);
    }

    public JdbiWorkflowRunRepository workflowRuns() {
        return new JdbiWorkflowRunRepository(transactions);
    }

    /** A signal holds a database connection of its own; the server shares one among its workers. */
    public PostgresWorkSignal newWorkSignal() {
        return new PostgresWorkSignal(dataSource);
    }
}
