package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;

public interface SaveWorkflowDraftUseCase {
    Workflow save(OrganizationId organizationId, WorkflowId id, WorkflowDraft draft);
}
