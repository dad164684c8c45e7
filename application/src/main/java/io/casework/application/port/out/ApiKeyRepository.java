package io.casework.application.port.out;

import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Optional;

/** API keys, stored as a hash of their secret part only. */
public interface ApiKeyRepository {
    void add(StoredApiKey key);

    Optional<StoredApiKey> find(ApiKeyId id);

    record StoredApiKey(ApiKeyId id, OrganizationId organizationId, byte[] secretHash, Instant createdAt) {
    }
}
