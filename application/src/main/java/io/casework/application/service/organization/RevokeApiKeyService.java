package io.casework.application.service.organization;

import io.casework.application.port.in.ApiKeyView;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.in.RevokeApiKeyUseCase;
import io.casework.application.port.out.ApiKeyRepository;
import io.casework.application.port.out.ApiKeyRepository.StoredApiKey;
import io.casework.application.port.out.Transactions;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;
import java.time.Clock;
import java.util.Optional;

public final class RevokeApiKeyService implements RevokeApiKeyUseCase {
    private final ApiKeyRepository apiKeys;
    private final Transactions transactions;
    private final Clock clock;

    public RevokeApiKeyService(ApiKeyRepository apiKeys, Transactions transactions, Clock clock) {
        this.apiKeys = apiKeys;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ApiKeyView revoke(OrganizationId organizationId, ApiKeyId id) {
        return revoke(id, Optional.of(organizationId));
    }

    @Override
    public ApiKeyView revoke(ApiKeyId id) {
        return revoke(id, Optional.empty());
    }

    private ApiKeyView revoke(ApiKeyId id, Optional<OrganizationId> organizationId) {
        return transactions.inTransaction(() -> {
            apiKeys.find(id)
                    .filter(key -> organizationId.map(key.organizationId()::equals).orElse(true))
                    .orElseThrow(() -> new NotFoundException("API key", id.value()));
            apiKeys.revoke(id, clock.instant());
            StoredApiKey revoked = apiKeys.find(id).orElseThrow();
            return ApiKeyViews.of(revoked);
        });
    }
}
