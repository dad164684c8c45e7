package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.out.ApiKeyRepository;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

public final class JdbiApiKeyRepository implements ApiKeyRepository {
    private static final String COLUMNS = "id, organization_id, name, secret_hash, created_at, last_used_at, revoked_at";

    private final JdbiTransactions db;

    public JdbiApiKeyRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(StoredApiKey key) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO api_keys (id, organization_id, name, secret_hash, created_at)
                        VALUES (:id, :organizationId, :name, :secretHash, :createdAt)""")
                .bind("id", key.id().value())
                .bind("organizationId", key.organizationId().value())
                .bind("name", key.name())
                .bind("secretHash", key.secretHash())
                .bind("createdAt", key.createdAt())
                .execute());
    }

    @Override
    public Optional<StoredApiKey> find(ApiKeyId id) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiApiKeyRepository::key)
                .findOne());
    }

    @Override
    public List<StoredApiKey> list(OrganizationId organizationId, int limit, Optional<Position> after) {
        Conditions where = Conditions.where("organization_id = :organizationId", "organizationId",
                organizationId.value());
        after.ifPresent(where::before);
        return db.withHandle(h -> where.bind(h.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE "
                        + where.sql() + " ORDER BY created_at DESC, id DESC LIMIT :limit"))
                .bind("limit", limit)
                .map(JdbiApiKeyRepository::key)
                .list());
    }

    @Override
    public void revoke(ApiKeyId id, Instant at) {
        db.withHandle(h -> h.createUpdate("UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("id", id.value())
                .bind("at", at)
                .execute());
    }

    @Override
    public void markUsed(ApiKeyId id, Instant at, Instant notBefore) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE api_keys SET last_used_at = :at
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at <= :notBefore)""")
                .bind("id", id.value())
                .bind("at", at)
                .bind("notBefore", notBefore)
                .execute());
    }

    private static StoredApiKey key(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredApiKey(new ApiKeyId(rs.getString("id")), new OrganizationId(rs.getString("organization_id")),
                rs.getString("name"), rs.getBytes("secret_hash"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "last_used_at"), Rows.instant(rs, "revoked_at"));
    }
}
