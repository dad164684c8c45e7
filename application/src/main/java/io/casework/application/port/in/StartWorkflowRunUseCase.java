package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;

public interface StartWorkflowRunUseCase {
    /**
     * Queues a manual run of the latest published version for the case.
     *
     * @throws ConflictException when the workflow is not published
     */
    WorkflowRun start(OrganizationId organizationId, WorkflowId id, String caseId);
}
