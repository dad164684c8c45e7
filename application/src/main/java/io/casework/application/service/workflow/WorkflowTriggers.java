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

/** Queues a run of every published workflow a new case, or a case's missed SLA deadline, starts, in its transaction. */
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
        queue(aCase, Trigger.Event.CASE_CREATED, aCase.createdAt());
    }

    /** A deadline of the case's SLA passed unmet at {@code now}. */
    public void slaBreached(io.casework.domain.cases.Case aCase, Instant now) {
        queue(aCase, Trigger.Event.CASE_SLA_BREACHED, now);
    }

    private void queue(io.casework.domain.cases.Case aCase, Trigger.Event event, Instant now) {
        for (WorkflowVersion version : workflows.publishedStartingFor(aCase.organizationId(), event, aCase.type())) {
            runs.add(WorkflowRun.queue(new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)), version, event,
                    aCase.id(), now));
        }
    }
}
