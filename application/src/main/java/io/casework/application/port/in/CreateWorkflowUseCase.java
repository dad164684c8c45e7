package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.Workflow;

public interface CreateWorkflowUseCase {
    /** Creates a workflow holding {@code draft}; checks its shape only, so unfinished drafts can be kept. */
    Workflow create(OrganizationId organizationId, WorkflowDraft draft);
}
