package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.sla.SlaPolicy;
import java.util.List;

/** An organization's SLA policies: read them, or replace them all at once. */
public interface SlaPolicyUseCase {
    List<SlaPolicy> list(OrganizationId organizationId);

    /**
     * Replaces the list; a policy matching the same case types and priority as one of the old list keeps its id.
     * Applies to cases created, or whose priority changes, from now on.
     *
     * @throws FieldErrorsException 422 naming {@code policies[i].field} for every bad policy
     */
    List<SlaPolicy> replace(OrganizationId organizationId, List<SlaPolicyDraft> drafts);
}
