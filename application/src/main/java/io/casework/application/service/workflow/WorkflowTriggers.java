package io.casework.application.service.workflow;

import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.application.service.cases.CaseCreatedTrigger;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import io.casework.domain.workflow.WorkflowVersion;
import java.time.Instant;

/** Queues a run of every published workflow a new case starts, in the case's transaction. */
public final class WorkflowTriggers implements CaseCreatedTrigger {
    private final WorkflowRepository workflows;
    private final WorkflowRunRepository runs;
    private final IdGenerator ids;

    public WorkflowTriggers(WorkflowRepository workflows, WorkflowRunRepository runs, IdGenerator ids) {
        this.workflows = workflows;
        this.runs = runs;
        this.ids = ids;
    }

    @Override
    public void caseCreated(io.casework.domain.cases.Case aCase) {
        Instant now = aCase.createdAt();
        for (WorkflowVersion version : workflows.publishedStartingFor(aCase.organizationId(), aCase.type())) {
            runs.add(WorkflowRun.queue(new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)), version,
                    Trigger.Event.CASE_CREATED, aCase.id(), now));
        }
    }
}
