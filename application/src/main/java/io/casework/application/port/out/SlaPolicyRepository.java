package io.casework.application.port.out;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.sla.SlaPolicy;
import java.util.List;

/** An organization's SLA policies, in the order it gave them. */
public interface SlaPolicyRepository {
    List<SlaPolicy> list(OrganizationId organizationId);

    /** Replaces the whole list. */
    void replace(OrganizationId organizationId, List<SlaPolicy> policies);
}
