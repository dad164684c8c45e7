package io.casework.application.service.organization;

import io.casework.application.port.in.ChangeOrganizationSettingsCommand;
import io.casework.application.port.in.ChangeOrganizationSettingsUseCase;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Transactions;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.ReassignmentSettings;

public final class ChangeOrganizationSettingsService implements ChangeOrganizationSettingsUseCase {
    private final OrganizationRepository organizations;
    private final Transactions transactions;

    public ChangeOrganizationSettingsService(OrganizationRepository organizations, Transactions transactions) {
        this.organizations = organizations;
        this.transactions = transactions;
    }

    @Override
    public Organization change(ChangeOrganizationSettingsCommand command) {
        return transactions.inTransaction(() -> {
            Organization organization = organizations.find(command.organizationId())
                    .orElseThrow(() -> new NotFoundException("organization", command.organizationId().value()));
            ReassignmentSettings settings = organization.reassignment();
            settings = command.onUnavailable().map(settings::withOnUnavailable).orElse(settings);
            settings = command.afterHours().map(settings::withAfterHours).orElse(settings);
            Organization changed = organization.changeReassignment(settings);
            organizations.update(changed);
            return changed;
        });
    }
}
