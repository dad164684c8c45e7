package io.casework.application.service.organization;

import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.in.OrganizationQueries;
import io.casework.application.port.out.AssignCaseUsage;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;

public final class OrganizationQueryService implements OrganizationQueries {
    private final OrganizationRepository organizations;
    private final AssignCaseUsage usage;
    private final PlanLimits limits;
    private final Clock clock;

    public OrganizationQueryService(OrganizationRepository organizations, AssignCaseUsage usage, PlanLimits limits,
                                    Clock clock) {
        this.organizations = organizations;
        this.usage = usage;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public OrganizationView get(OrganizationId id) {
        Organization organization = organizations.find(id)
                .orElseThrow(() -> new NotFoundException("organization", id.value()));
        YearMonth period = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        return new OrganizationView(organization, period, usage.count(id, period),
                limits.assignCaseMonthlyLimit(organization.plan()));
    }
}
