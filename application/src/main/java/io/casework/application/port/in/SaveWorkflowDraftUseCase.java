package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import java.util.OptionalLong;

public interface SaveWorkflowDraftUseCase {
    /**
     * Replaces the draft; checks its shape only, so unfinished drafts can be kept.
     *
     * @param expectedVersion the version the client last read (If-Match), if it named one
     * @throws StaleVersionException when the workflow changed since that version
     */
    Workflow save(OrganizationId organizationId, WorkflowId id, WorkflowDraft draft, OptionalLong expectedVersion);
}
