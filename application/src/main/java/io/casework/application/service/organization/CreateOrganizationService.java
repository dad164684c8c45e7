package io.casework.application.service.organization;

import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.in.CreateOrganizationUseCase;
import io.casework.application.port.out.ApiKeyRepository;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Transactions;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import java.time.Clock;

public final class CreateOrganizationService implements CreateOrganizationUseCase {
    /** The name of the key an organization is created with. */
    static final String FIRST_KEY_NAME = "First key";
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
            ApiKeySecret.Minted key = ApiKeySecret.mint(new ApiKeyId(ids.next(ApiKeyId.PREFIX)), organization.id(),
                    FIRST_KEY_NAME, clock.instant());
            organizations.add(organization);
            apiKeys.add(key.stored());
            return new CreatedOrganization(organization.id(), key.presented());
        });
    }
}
