package io.casework.application.service.workflow;

import io.casework.application.port.in.SaveWorkflowDraftUseCase;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.service.Versions;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import java.time.Clock;
import java.util.OptionalLong;

public final class SaveWorkflowDraftService implements SaveWorkflowDraftUseCase {
    private final WorkflowRepository workflows;
    private final DraftChecks checks;
    private final Transactions transactions;
    private final Clock clock;

    public SaveWorkflowDraftService(WorkflowRepository workflows, StepTypes stepTypes, Transactions transactions,
                                    Clock clock) {
        this.workflows = workflows;
        this.checks = new DraftChecks(stepTypes);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Workflow save(OrganizationId organizationId, WorkflowId id, WorkflowDraft draft,
                         OptionalLong expectedVersion) {
        checks.checkShape(draft.steps());
        return transactions.inTransaction(() -> {
            Workflow workflow = WorkflowQueryService.find(workflows, organizationId, id);
            Versions.require(expectedVersion, workflow.version(), "workflow", id.value());
            workflow.saveDraft(draft.name(), draft.trigger(), draft.steps(), clock.instant());
            workflows.update(workflow);
            return WorkflowQueryService.find(workflows, organizationId, id);
        });
    }
}
