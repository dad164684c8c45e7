package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.WebhookDeliveryView;
import io.casework.application.port.in.WebhookDeliveryView.Status;
import io.casework.application.port.out.WebhookOutbox;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.webhook.WebhookEndpointId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The webhook outbox in the webhook_deliveries table, claimed like the notifications: a claim locks its rows until
 * the claiming transaction ends and changes nothing, so a sender that dies leaves them due as they were; a report
 * only changes a delivery still pending.
 */
public final class JdbiWebhookOutbox implements WebhookOutbox {
    private static final String VIEW_COLUMNS = """
            id, endpoint_id, event_id, event_type, status, attempts, last_response_code, last_error, last_attempt_at,
            due_at, created_at, delivered_at""";

    /** A delivery waits while an earlier one of its endpoint and subject is pending, due or not. */
    private static final String FIRST_OF_ITS_SUBJECT = """
            NOT EXISTS (SELECT 1 FROM webhook_deliveries earlier
                        WHERE earlier.endpoint_id = d.endpoint_id AND earlier.subject = d.subject
                          AND earlier.status = 'pending' AND earlier.seq < d.seq)
            """;

    private final JdbiTransactions db;

    public JdbiWebhookOutbox(JdbiTransactions db) {
        this.db = db;
    }

    /** One JDBC batch and one notify; senders hear of the deliveries when (and only if) they are committed. */
    @Override
    public void addAll(List<QueuedDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        db.withHandle(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO webhook_deliveries (id, organization_id, endpoint_id, event_id, event_type, subject,
                                                    body, status, attempts, due_at, created_at)
                    VALUES (:id, :organizationId, :endpointId, :eventId, :eventType, :subject, :body, 'pending', 0,
                            :createdAt, :createdAt)""");
            for (QueuedDelivery delivery : deliveries) {
                batch.bind("id", delivery.id())
                        .bind("organizationId", delivery.organizationId().value())
                        .bind("endpointId", delivery.endpointId().value())
                        .bind("eventId", delivery.eventId())
                        .bind("eventType", delivery.eventType())
                        .bind("subject", delivery.subject())
                        .bind("body", delivery.body())
                        .bind("createdAt", delivery.createdAt())
                        .add();
            }
            batch.execute();
            return h.createUpdate("SELECT pg_notify(:channel, '')")
                    .bind("channel", PostgresWorkSignal.Work.WEBHOOKS.channel)
                    .execute();
        });
    }

    /**
     * A delivery waits while an earlier one of its endpoint and subject is pending, claimed by another sender or
     * not: that keeps a case's events in order. SKIP LOCKED passes over rows another sender holds.
     */
    @Override
    public List<DueDelivery> claimDue(Instant now, int max) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT d.id, e.url, e.secret, d.event_id, d.body, d.attempts
                        FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
                        WHERE d.status = 'pending' AND d.due_at <= :now AND e.enabled AND\s""" + FIRST_OF_ITS_SUBJECT + """
                        ORDER BY d.due_at, d.seq LIMIT :max
                        FOR UPDATE OF d SKIP LOCKED""")
                .bind("now", now)
                .bind("max", max)
                .map((rs, ctx) -> new DueDelivery(rs.getString("id"), rs.getString("url"), rs.getString("secret"),
                        rs.getString("event_id"), rs.getString("body"), rs.getInt("attempts")))
                .list());
    }

    @Override
    public Optional<Instant> nextDueAt() {
        return db.withHandle(h -> h.createQuery("""
                        SELECT min(d.due_at) AS due_at
                        FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
                        WHERE d.status = 'pending' AND e.enabled AND\s""" + FIRST_OF_ITS_SUBJECT)
                .map((rs, ctx) -> Optional.ofNullable(Rows.instant(rs, "due_at")))
                .one());
    }

    @Override
    public void markDelivered(String id, int responseCode, Instant at) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1,
                                                      last_response_code = :code, last_error = NULL,
                                                      last_attempt_at = :at, delivered_at = :at
                        WHERE id = :id AND status = 'pending'""")
                .bind("id", id)
                .bind("code", responseCode)
                .bind("at", at)
                .execute());
    }

    @Override
    public void markAttemptFailed(String id, Integer responseCode, String error, Instant at, Optional<Instant> retryAt) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE webhook_deliveries SET attempts = attempts + 1, last_response_code = :code,
                                                      last_error = :error, last_attempt_at = :at,
                                                      status = CASE WHEN CAST(:retryAt AS timestamptz) IS NULL THEN 'failed'
                                                                    ELSE 'pending' END,
                                                      due_at = coalesce(CAST(:retryAt AS timestamptz), due_at)
                        WHERE id = :id AND status = 'pending'""")
                .bind("id", id)
                .bind("code", responseCode)
                .bind("error", error)
                .bind("at", at)
                .bind("retryAt", retryAt.orElse(null))
                .execute());
    }

    @Override
    public List<WebhookDeliveryView> list(OrganizationId organizationId, WebhookEndpointId endpointId, int limit,
                                          Optional<Position> after) {
        Conditions where = Conditions.where("organization_id = :organizationId", "organizationId",
                organizationId.value()).and("endpoint_id = :endpointId", "endpointId", endpointId.value());
        after.ifPresent(where::before);
        return db.withHandle(h -> where.bind(h.createQuery("SELECT " + VIEW_COLUMNS + " FROM webhook_deliveries WHERE "
                        + where.sql() + " ORDER BY created_at DESC, id DESC LIMIT :limit"))
                .bind("limit", limit)
                .map(JdbiWebhookOutbox::view)
                .list());
    }

    @Override
    public Optional<WebhookDeliveryView> redeliver(OrganizationId organizationId, String id, Instant now) {
        return db.withHandle(h -> {
            Optional<WebhookDeliveryView> again = h.createQuery("""
                            UPDATE webhook_deliveries SET status = 'pending', attempts = 0, due_at = :now,
                                                          delivered_at = NULL
                            WHERE organization_id = :organizationId AND id = :id
                            RETURNING\s""" + VIEW_COLUMNS)
                    .bind("organizationId", organizationId.value())
                    .bind("id", id)
                    .bind("now", now)
                    .map(JdbiWebhookOutbox::view)
                    .findOne();
            again.ifPresent(d -> h.createUpdate("SELECT pg_notify(:channel, '')")
                    .bind("channel", PostgresWorkSignal.Work.WEBHOOKS.channel)
                    .execute());
            return again;
        });
    }

    private static WebhookDeliveryView view(ResultSet rs, StatementContext ctx) throws SQLException {
        Status status = Rows.enumOf(Status.class, rs.getString("status"));
        return new WebhookDeliveryView(rs.getString("id"), new WebhookEndpointId(rs.getString("endpoint_id")),
                rs.getString("event_id"), rs.getString("event_type"), status, rs.getInt("attempts"),
                Rows.nullableInt(rs, "last_response_code"), rs.getString("last_error"),
                Rows.instant(rs, "last_attempt_at"), status == Status.PENDING ? Rows.instant(rs, "due_at") : null,
                Rows.instant(rs, "created_at"), Rows.instant(rs, "delivered_at"));
    }
}
