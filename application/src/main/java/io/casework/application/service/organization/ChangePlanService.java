package io.casework.application.service.organization;

import io.casework.application.port.in.ChangePlanCommand;
import io.casework.application.port.in.ChangePlanUseCase;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Transactions;
import io.casework.domain.organization.Organization;

public final class ChangePlanService implements ChangePlanUseCase {
    private final OrganizationRepository organizations;
    private final Transactions transactions;

    public ChangePlanService(OrganizationRepository organizations, Transactions transactions) {
        this.organizations = organizations;
        this.transactions = transactions;
    }

    @Override
    public Organization changePlan(ChangePlanCommand command) {
        return transactions.inTransaction(() -> {
            Organization changed = organizations.find(command.organizationId())
                    .orElseThrow(() -> new NotFoundException("organization", command.organizationId().value()))
                    .changePlan(command.plan());
            organizations.update(changed);
            return changed;
        });
    }
}
