package io.casework.application.service.workflow;

import io.casework.application.port.in.RetireWorkflowUseCase;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import java.time.Clock;

public final class RetireWorkflowService implements RetireWorkflowUseCase {
    private final WorkflowRepository workflows;
    private final Transactions transactions;
    private final Clock clock;

    public RetireWorkflowService(WorkflowRepository workflows, Transactions transactions, Clock clock) {
        this.workflows = workflows;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void delete(OrganizationId organizationId, WorkflowId id) {
        transactions.run(() -> {
            Workflow workflow = WorkflowQueryService.find(workflows, organizationId, id);
            workflow.requireDeletable();
            workflows.delete(workflow);
        });
    }

    @Override
    public Workflow archive(OrganizationId organizationId, WorkflowId id) {
        return transactions.inTransaction(() -> {
            Workflow workflow = WorkflowQueryService.find(workflows, organizationId, id);
            if (workflow.isArchived()) {
                return workflow;
            }
            workflow.archive(clock.instant());
            workflows.update(workflow);
            return WorkflowQueryService.find(workflows, organizationId, id);
        });
    }
}
