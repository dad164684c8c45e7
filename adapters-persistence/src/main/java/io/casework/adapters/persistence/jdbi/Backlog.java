package io.casework.adapters.persistence.jdbi;

import org.jdbi.v3.core.Jdbi;

/**
 * What waits in the database, for the metrics an operator alerts on: workflow runs queued and running, emails
 * and webhook deliveries pending and given up. Each count reads a partial index, so it stays cheap however many cases are done.
 */
public record Backlog(long queuedRuns, long runningRuns, long pendingEmails, long failedEmails,
                      long pendingWebhooks, long failedWebhooks) {
    static Backlog read(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT (SELECT count(*) FROM workflow_runs WHERE status = 'queued') AS queued_runs,
                               (SELECT count(*) FROM workflow_runs WHERE status = 'running') AS running_runs,
                               (SELECT count(*) FROM notifications WHERE status = 'pending') AS pending_emails,
                               (SELECT count(*) FROM notifications WHERE status = 'failed') AS failed_emails,
                               (SELECT count(*) FROM webhook_deliveries WHERE status = 'pending') AS pending_webhooks,
                               (SELECT count(*) FROM webhook_deliveries WHERE status = 'failed') AS failed_webhooks""")
                .map((rs, ctx) -> new Backlog(rs.getLong("queued_runs"), rs.getLong("running_runs"),
                        rs.getLong("pending_emails"), rs.getLong("failed_emails"),
                        rs.getLong("pending_webhooks"), rs.getLong("failed_webhooks")))
                .one());
    }
}
