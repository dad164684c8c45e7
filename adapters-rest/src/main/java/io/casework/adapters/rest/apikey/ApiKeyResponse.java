package io.casework.adapters.rest.apikey;

import io.casework.application.port.in.ApiKeyView;
import java.time.Instant;

/** A key as listed: never its secret. */
public record ApiKeyResponse(String id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    public static ApiKeyResponse from(ApiKeyView key) {
        return new ApiKeyResponse(key.id().value(), key.name(), key.createdAt(), key.lastUsedAt().orElse(null),
                key.revokedAt().orElse(null));
    }
}
