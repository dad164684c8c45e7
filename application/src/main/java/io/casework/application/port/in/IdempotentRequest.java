package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;
import java.util.Objects;

/**
 * A request sent with an idempotency key: the key is the caller's (per organization), the fingerprint tells two
 * requests sent with it apart (a retry sends the same one).
 */
public record IdempotentRequest(OrganizationId organizationId, String key, String fingerprint) {
    public IdempotentRequest {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
