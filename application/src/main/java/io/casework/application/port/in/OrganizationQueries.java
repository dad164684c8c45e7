package io.casework.application.port.in;

import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import java.time.YearMonth;

public interface OrganizationQueries {
    OrganizationView get(OrganizationId id);

    /** {@code assignCaseLimit} is null on plans without a limit. */
    record OrganizationView(Organization organization, YearMonth period, long assignCaseExecutions,
                            Long assignCaseLimit) {
    }
}
