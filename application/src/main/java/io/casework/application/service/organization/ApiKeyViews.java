package io.casework.application.service.organization;

import io.casework.application.port.in.ApiKeyView;
import io.casework.application.port.out.ApiKeyRepository.StoredApiKey;
import java.util.Optional;

/** A stored key as its organization may see it: everything but the hash. */
final class ApiKeyViews {
    private ApiKeyViews() {
    }

    static ApiKeyView of(StoredApiKey key) {
        return new ApiKeyView(key.id(), key.organizationId(), key.name(), key.createdAt(),
                Optional.ofNullable(key.lastUsedAt()), Optional.ofNullable(key.revokedAt()));
    }
}
