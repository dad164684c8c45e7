package io.casework.application.port.in;

import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;
import java.util.Optional;

public interface AuthenticateUseCase {
    /** The caller a presented API key stands for, or empty when the key is unknown or wrong. */
    Optional<Caller> authenticate(String presentedKey);

    record Caller(OrganizationId organizationId, ApiKeyId apiKeyId) {
    }
}
