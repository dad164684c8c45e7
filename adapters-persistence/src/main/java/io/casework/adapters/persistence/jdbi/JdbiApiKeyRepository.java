package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.out.ApiKeyRepository;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;
import java.util.Optional;

public final class JdbiApiKeyRepository implements ApiKeyRepository {
    private final JdbiTransactions db;

    public JdbiApiKeyRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(StoredApiKey key) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO api_keys (id, organization_id, secret_hash, created_at)
                        VALUES (:id, :organizationId, :secretHash, :createdAt)""")
                .bind("id", key.id().value())
                .bind("organizationId", key.organizationId().value())
                .bind("secretHash", key.secretHash())
                .bind("createdAt", key.createdAt())
                .execute());
    }

    @Override
    public Optional<StoredApiKey> find(ApiKeyId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT id, organization_id, secret_hash, created_at FROM api_keys WHERE id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> new StoredApiKey(new ApiKeyId(rs.getString("id")),
                        new OrganizationId(rs.getString("organization_id")), rs.getBytes("secret_hash"),
                        Rows.instant(rs, "created_at")))
                .findOne());
    }
}
