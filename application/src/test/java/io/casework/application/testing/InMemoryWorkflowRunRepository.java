package io.casework.application.testing;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.RunFilter;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs in memory, with leases. */
public final class InMemoryWorkflowRunRepository implements WorkflowRunRepository, InMemoryTransactions.Participant {
    private static final class Row {
        WorkflowRun run;
        String owner;
        Instant leaseUntil;

        Row copy() {
            Row row = new Row();
            row.run = run;
            row.owner = owner;
            row.leaseUntil = leaseUntil;
            return row;
        }
    }

    private final Map<WorkflowRunId, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized void add(WorkflowRun run) {
        Row row = new Row();
        row.run = run;
        rows.put(run.id(), row);
    }

    @Override
    public synchronized Optional<WorkflowRun> find(OrganizationId organizationId, WorkflowRunId id) {
        return Optional.ofNullable(rows.get(id)).map(r -> r.run).filter(r -> r.organizationId().equals(organizationId));
    }

    @Override
    public synchronized List<WorkflowRun> list(OrganizationId organizationId, RunFilter filter, int limit,
                                               Optional<Position> after) {
        return InMemoryPages.newestFirst(rows.values().stream().map(r -> r.run)
                        .filter(r -> r.organizationId().equals(organizationId) && filter.matches(r)),
                r -> new Position(r.createdAt(), r.id().value()), limit, after);
    }

    @Override
    public synchronized Optional<WorkflowRun> claimNext(String owner, Instant now, Instant leaseUntil) {
        return rows.values().stream().filter(row -> claimable(row, now)).findFirst()
                .map(row -> lease(row, owner, leaseUntil));
    }

    @Override
    public synchronized Optional<WorkflowRun> claim(WorkflowRunId id, String owner, Instant now, Instant leaseUntil) {
        return Optional.ofNullable(rows.get(id)).filter(row -> claimable(row, now))
                .map(row -> lease(row, owner, leaseUntil));
    }

    private static boolean claimable(Row row, Instant now) {
        return row.run.status() == WorkflowRun.Status.QUEUED
                || row.run.status() == WorkflowRun.Status.RUNNING && row.leaseUntil.isBefore(now);
    }

    private static WorkflowRun lease(Row row, String owner, Instant leaseUntil) {
        row.owner = owner;
        row.leaseUntil = leaseUntil;
        row.run = with(row.run, WorkflowRun.Status.RUNNING, row.run.steps(), null);
        return row.run;
    }

    /** Who holds the run's lease, if anyone. */
    public synchronized Optional<String> leaseOwner(WorkflowRunId id) {
        return Optional.ofNullable(rows.get(id)).map(row -> row.owner);
    }

    @Override
    public synchronized void recordStep(WorkflowRunId id, StepResult result) {
        Row row = rows.get(id);
        List<StepResult> steps = new ArrayList<>(row.run.steps());
        steps.add(result);
        row.run = with(row.run, row.run.status(), steps, null);
    }

    @Override
    public synchronized void finish(WorkflowRunId id, WorkflowRun.Status status, Instant at) {
        Row row = rows.get(id);
        row.run = with(row.run, status, row.run.steps(), at);
        row.owner = null;
    }

    /** Lets a test pretend the worker holding a run died: its lease is over. */
    public synchronized void expireLease(WorkflowRunId id) {
        rows.get(id).leaseUntil = Instant.MIN;
    }

    private static WorkflowRun with(WorkflowRun r, WorkflowRun.Status status, List<StepResult> steps, Instant finished) {
        return new WorkflowRun(r.id(), r.organizationId(), r.workflowId(), r.workflowVersion(), r.triggerEvent(),
                r.caseId(), status, steps, r.createdAt(), finished);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<WorkflowRunId, Row> copy = new LinkedHashMap<>();
        rows.forEach((id, row) -> copy.put(id, row.copy()));
        return InMemoryTransactions.Participant.restoring(this, rows, copy);
    }
}
