package io.casework.adapters.rest.apikey;

import io.casework.application.port.in.CreateApiKeyUseCase.CreatedApiKey;
import java.time.Instant;

/** A new key with its secret, the only answer that ever shows it. */
public record CreatedApiKeyResponse(String id, String name, String secret, Instant createdAt) {
    public static CreatedApiKeyResponse from(CreatedApiKey created) {
        return new CreatedApiKeyResponse(created.key().id().value(), created.key().name(), created.secret(),
                created.key().createdAt());
    }
}
