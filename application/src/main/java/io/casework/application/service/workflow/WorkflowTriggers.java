package io.casework.application.service.workflow;

import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.application.service.cases.CaseCreatedTrigger;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import io.casework.domain.workflow.WorkflowVersion;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseType;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Reads the published workflows once per organization and case type of the group, and adds the runs at once. */
    @Override
    public void casesCreated(List<Case> cases) {
        Map<Kind, List<WorkflowVersion>> starting = new HashMap<>();
        List<WorkflowRun> queued = new ArrayList<>();
        for (Case aCase : cases) {
            List<WorkflowVersion> versions = starting.computeIfAbsent(new Kind(aCase.organizationId(), aCase.type()),
                    key -> workflows.publishedStartingFor(aCase.organizationId(), Trigger.Event.CASE_CREATED,
                            aCase.type()));
            versions.forEach(version -> queued.add(run(version, Trigger.Event.CASE_CREATED, aCase, aCase.createdAt())));
        }
        runs.addAll(queued);
    }

    /** A deadline of the case's SLA passed unmet at {@code now}. */
    public void slaBreached(Case aCase, Instant now) {
        runs.addAll(workflows.publishedStartingFor(aCase.organizationId(), Trigger.Event.CASE_SLA_BREACHED,
                        aCase.type()).stream()
                .map(version -> run(version, Trigger.Event.CASE_SLA_BREACHED, aCase, now))
                .toList());
    }

    private WorkflowRun run(WorkflowVersion version, Trigger.Event event, Case aCase, Instant now) {
        return WorkflowRun.queue(new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)), version, event, aCase.id(), now);
    }

    private record Kind(OrganizationId organizationId, CaseType type) {
    }
}
