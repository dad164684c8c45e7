package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;

/** Taking a workflow out of use: a draft never published goes for good, a published one is archived. */
public interface RetireWorkflowUseCase {
    /** @throws io.casework.domain.shared.DomainException {@code workflow_was_published}: archive it instead */
    void delete(OrganizationId organizationId, WorkflowId id);

    /** It no longer starts runs and its draft no longer changes; its versions and runs stay. Idempotent. */
    Workflow archive(OrganizationId organizationId, WorkflowId id);
}
