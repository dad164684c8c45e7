package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.out.WebhookEndpoints;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.webhook.WebhookEndpoint;
import io.casework.domain.webhook.WebhookEndpointId;
import io.casework.domain.webhook.WebhookEventType;
import io.casework.domain.webhook.WebhookUrl;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** Webhook endpoints; events are stored by the names receivers see. */
public final class JdbiWebhookEndpoints implements WebhookEndpoints {
    private static final String COLUMNS = "id, organization_id, url, events, description, enabled, created_at, updated_at";

    private final JdbiTransactions db;

    public JdbiWebhookEndpoints(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(WebhookEndpoint endpoint, String secret) {
        db.withHandle(h -> bind(h.createUpdate("""
                        INSERT INTO webhook_endpoints (id, organization_id, url, events, description, secret, enabled,
                                                       created_at, updated_at)
                        VALUES (:id, :organizationId, :url, :events, :description, :secret, :enabled, :createdAt,
                                :updatedAt)"""), endpoint)
                .bind("secret", secret)
                .bind("createdAt", endpoint.createdAt())
                .execute());
    }

    @Override
    public Optional<WebhookEndpoint> find(OrganizationId organizationId, WebhookEndpointId id) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM webhook_endpoints WHERE organization_id = :organizationId AND id = :id")
                .bind("organizationId", organizationId.value())
                .bind("id", id.value())
                .map(JdbiWebhookEndpoints::endpoint)
                .findOne());
    }

    @Override
    public List<WebhookEndpoint> list(OrganizationId organizationId, int limit, Optional<Position> after) {
        Conditions where = Conditions.where("organization_id = :organizationId", "organizationId",
                organizationId.value());
        after.ifPresent(where::before);
        return db.withHandle(h -> where.bind(h.createQuery("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE "
                        + where.sql() + " ORDER BY created_at DESC, id DESC LIMIT :limit"))
                .bind("limit", limit)
                .map(JdbiWebhookEndpoints::endpoint)
                .list());
    }

    @Override
    public List<WebhookEndpoint> enabled(OrganizationId organizationId) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM webhook_endpoints WHERE organization_id = :organizationId AND enabled")
                .bind("organizationId", organizationId.value())
                .map(JdbiWebhookEndpoints::endpoint)
                .list());
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        db.withHandle(h -> bind(h.createUpdate("""
                        UPDATE webhook_endpoints SET url = :url, events = :events, description = :description,
                                                     enabled = :enabled, updated_at = :updatedAt
                        WHERE organization_id = :organizationId AND id = :id"""), endpoint)
                .execute());
    }

    @Override
    public boolean delete(OrganizationId organizationId, WebhookEndpointId id) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM webhook_endpoints WHERE organization_id = :organizationId AND id = :id")
                .bind("organizationId", organizationId.value())
                .bind("id", id.value())
                .execute()) > 0;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, WebhookEndpoint endpoint) {
        return statement.bind("id", endpoint.id().value())
                .bind("organizationId", endpoint.organizationId().value())
                .bind("url", endpoint.url().value())
                .bindArray("events", String.class, endpoint.events().stream().map(WebhookEventType::wireName).sorted().toList())
                .bind("description", endpoint.description())
                .bind("enabled", endpoint.enabled())
                .bind("updatedAt", endpoint.updatedAt());
    }

    private static WebhookEndpoint endpoint(ResultSet rs, StatementContext ctx) throws SQLException {
        return new WebhookEndpoint(new WebhookEndpointId(rs.getString("id")),
                new OrganizationId(rs.getString("organization_id")), new WebhookUrl(rs.getString("url")),
                Rows.texts(rs, "events").stream().map(WebhookEventType::of).collect(Collectors.toSet()),
                rs.getString("description"), rs.getBoolean("enabled"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
