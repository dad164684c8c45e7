package io.casework.application.service.organization;

import io.casework.application.port.in.CreateApiKeyUseCase;
import io.casework.application.port.out.ApiKeyRepository;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.Transactions;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.InvalidValueException;
import java.time.Clock;

public final class CreateApiKeyService implements CreateApiKeyUseCase {
    static final int MAX_NAME_LENGTH = 100;

    private final ApiKeyRepository apiKeys;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;

    public CreateApiKeyService(ApiKeyRepository apiKeys, IdGenerator ids, Transactions transactions, Clock clock) {
        this.apiKeys = apiKeys;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public CreatedApiKey create(OrganizationId organizationId, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        ApiKeySecret.Minted key = ApiKeySecret.mint(new ApiKeyId(ids.next(ApiKeyId.PREFIX)), organizationId, trimmed,
                clock.instant());
        transactions.run(() -> apiKeys.add(key.stored()));
        return new CreatedApiKey(ApiKeyViews.of(key.stored()), key.presented());
    }
}
