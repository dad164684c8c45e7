package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;

public interface CreateApiKeyUseCase {
    /** A new key named {@code name} (1 to 100 characters); its secret is in this result only. */
    CreatedApiKey create(OrganizationId organizationId, String name);

    /** {@code secret} is the whole key a client presents, {@code key_….…}. */
    record CreatedApiKey(ApiKeyView key, String secret) {
    }
}
