package io.casework.application.service.workflow;

import io.casework.application.port.in.ConflictException;
import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.application.port.in.StartWorkflowRunUseCase;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.PrefixedId;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import io.casework.domain.workflow.WorkflowVersion;
import java.time.Clock;
import java.util.List;

public final class StartWorkflowRunService implements StartWorkflowRunUseCase {
    private final WorkflowRepository workflows;
    private final WorkflowRunRepository runs;
    private final CaseRepository cases;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;

    public StartWorkflowRunService(WorkflowRepository workflows, WorkflowRunRepository runs, CaseRepository cases,
                                   IdGenerator ids, Transactions transactions, Clock clock) {
        this.workflows = workflows;
        this.runs = runs;
        this.cases = cases;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public WorkflowRun start(OrganizationId organizationId, WorkflowId id, String caseId) {
        return transactions.inTransaction(() -> {
            Workflow workflow = WorkflowQueryService.find(workflows, organizationId, id);
            if (workflow.isArchived()) {
                throw new ConflictException("workflow " + id + " is archived and never runs again");
            }
            if (!workflow.isPublished()) {
                throw new ConflictException("workflow " + id + " is not published; publish it to run it");
            }
            if (!PrefixedId.matches(caseId, CaseId.PREFIX)
                    || cases.find(organizationId, new CaseId(caseId)).isEmpty()) {
                throw FieldErrorsException.validation(
                        List.of(new FieldError("case_id", "no case " + caseId + " in this organization")));
            }
            WorkflowVersion version = workflows.findVersion(organizationId, id, workflow.publishedVersion())
                    .orElseThrow(() -> new IllegalStateException("published version missing for " + id));
            WorkflowRun run = WorkflowRun.queue(new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)), version,
                    Trigger.Event.MANUAL, new CaseId(caseId), clock.instant());
            runs.add(run);
            return run;
        });
    }
}
