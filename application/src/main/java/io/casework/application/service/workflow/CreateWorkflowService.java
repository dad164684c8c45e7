package io.casework.application.service.workflow;

import io.casework.application.port.in.CreateWorkflowUseCase;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import java.time.Clock;

public final class CreateWorkflowService implements CreateWorkflowUseCase {
    private final WorkflowRepository workflows;
    private final DraftChecks checks;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;

    public CreateWorkflowService(WorkflowRepository workflows, StepTypes stepTypes, IdGenerator ids,
                                 Transactions transactions, Clock clock) {
        this.workflows = workflows;
        this.checks = new DraftChecks(stepTypes);
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Workflow create(OrganizationId organizationId, WorkflowDraft draft) {
        checks.checkShape(draft.steps());
        return transactions.inTransaction(() -> {
            Workflow workflow = Workflow.draft(new WorkflowId(ids.next(WorkflowId.PREFIX)), organizationId,
                    draft.name(), draft.trigger(), draft.steps(), clock.instant());
            workflows.add(workflow);
            return workflow;
        });
    }
}
