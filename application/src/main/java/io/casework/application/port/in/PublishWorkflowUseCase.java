package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;

public interface PublishWorkflowUseCase {
    /** @throws FieldErrorsException with one entry per problem of the draft */
    Workflow publish(OrganizationId organizationId, WorkflowId id);

    Workflow unpublish(OrganizationId organizationId, WorkflowId id);
}
