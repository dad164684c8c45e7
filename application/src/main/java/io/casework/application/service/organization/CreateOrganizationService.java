package io.casework.application.service.organization;

import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.in.CreateOrganizationUseCase;
import io.casework.application.port.out.ApiKeyRepository;
import io.casework.application.port.out.ApiKeyRepository.StoredApiKey;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Transactions;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import java.time.Clock;

public final class CreateOrganizationService implements CreateOrganizationUseCase {
    private final OrganizationRepository organizations;
    private final ApiKeyRepository apiKeys;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;

    public CreateOrganizationService(OrganizationRepository organizations, ApiKeyRepository apiKeys, IdGenerator ids,
                                     Transactions transactions, Clock clock) {
        this.organizations = organizations;
        this.apiKeys = apiKeys;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public CreatedOrganization create(CreateOrganizationCommand command) {
        return transactions.inTransaction(() -> {
            Organization organization = Organization.create(new OrganizationId(ids.next(OrganizationId.PREFIX)),
                    command.name(), command.plan(), clock.instant());
            ApiKeyId keyId = new ApiKeyId(ids.next(ApiKeyId.PREFIX));
            String secret = ApiKeySecret.newSecret();
            organizations.add(organization);
            apiKeys.add(new StoredApiKey(keyId, organization.id(), ApiKeySecret.hash(secret), clock.instant()));
            return new CreatedOrganization(organization.id(), ApiKeySecret.format(keyId, secret));
        });
    }
}
