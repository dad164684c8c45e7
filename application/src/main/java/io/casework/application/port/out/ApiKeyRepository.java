package io.casework.application.port.out;

import io.casework.application.port.PageRequest.Position;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys, stored as a hash of their secret part only. */
public interface ApiKeyRepository {
    void add(StoredApiKey key);

    Optional<StoredApiKey> find(ApiKeyId id);

    /** The organization's keys, newest first, revoked ones too. */
    List<StoredApiKey> list(OrganizationId organizationId, int limit, Optional<Position> after);

    /** Sets {@code revoked_at} unless it is set already. */
    void revoke(ApiKeyId id, Instant at);

    /** Sets {@code last_used_at} to {@code at} unless it is after {@code notBefore}: one write per key and period. */
    void markUsed(ApiKeyId id, Instant at, Instant notBefore);

    /** {@code lastUsedAt} and {@code revokedAt} are null until then. */
    record StoredApiKey(ApiKeyId id, OrganizationId organizationId, String name, byte[] secretHash,
                        Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public static StoredApiKey issued(ApiKeyId id, OrganizationId organizationId, String name, byte[] secretHash,
                                          Instant createdAt) {
            return new StoredApiKey(id, organizationId, name, secretHash, createdAt, null, null);
        }

        public boolean isRevoked() {
            return revokedAt != null;
        }
    }
}
