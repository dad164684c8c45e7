package io.casework.application.service.workflow;

import io.casework.application.port.in.PublishWorkflowUseCase;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.StepAction;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowVersion;
import java.time.Clock;
import java.util.List;

public final class PublishWorkflowService implements PublishWorkflowUseCase {
    private final WorkflowRepository workflows;
    private final DraftChecks checks;
    private final Transactions transactions;
    private final Clock clock;

    public PublishWorkflowService(WorkflowRepository workflows, StepTypes stepTypes, Transactions transactions,
                                  Clock clock) {
        this.workflows = workflows;
        this.checks = new DraftChecks(stepTypes);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Workflow publish(OrganizationId organizationId, WorkflowId id) {
        return transactions.inTransaction(() -> {
            Workflow workflow = WorkflowQueryService.find(workflows, organizationId, id);
            List<StepAction> actions = checks.parsePublishable(organizationId, workflow.steps());
            WorkflowVersion version = workflow.publish(actions, clock.instant());
            workflows.update(workflow);
            workflows.addVersion(version);
            return WorkflowQueryService.find(workflows, organizationId, id);
        });
    }

    @Override
    public Workflow unpublish(OrganizationId organizationId, WorkflowId id) {
        return transactions.inTransaction(() -> {
            Workflow workflow = WorkflowQueryService.find(workflows, organizationId, id);
            if (!workflow.isPublished()) {
                return workflow;
            }
            workflow.unpublish(clock.instant());
            workflows.update(workflow);
            return WorkflowQueryService.find(workflows, organizationId, id);
        });
    }
}
