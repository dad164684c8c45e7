package io.casework.application.port.in;

import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Optional;

/** An API key as its organization sees it: never its secret. */
public record ApiKeyView(ApiKeyId id, OrganizationId organizationId, String name, Instant createdAt,
                         Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {
}
