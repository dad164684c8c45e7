package io.casework.application.port.in;

import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;

/**
 * Revoking a key: it stays listed, with {@code revoked_at}, and is refused from then on (every server process
 * refuses it within a second). Revoking a revoked key changes nothing.
 */
public interface RevokeApiKeyUseCase {
    /** A key of this organization; another organization's key is not found. */
    ApiKeyView revoke(OrganizationId organizationId, ApiKeyId id);

    /** Any organization's key: for operators, from the command line. */
    ApiKeyView revoke(ApiKeyId id);
}
