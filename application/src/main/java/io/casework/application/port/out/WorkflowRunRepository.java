package io.casework.application.port.out;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.RunFilter;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Durable runs, shared by every server process on the database: a run is claimed under a lease, and a run
 * whose lease ran out (its process died) can be claimed again. A claimed run stays locked until the claiming
 * transaction ends: no one else claims it meanwhile, whatever its lease.
 */
public interface WorkflowRunRepository {
    /** Queues a run; an adapter may wake idle workers once the transaction commits. */
    void add(WorkflowRun run);

    /** Queues runs together, as {@link #add} does each. */
    default void addAll(List<WorkflowRun> queued) {
        queued.forEach(this::add);
    }

    Optional<WorkflowRun> find(OrganizationId organizationId, WorkflowRunId id);

    /** Newest first. */
    List<WorkflowRun> list(OrganizationId organizationId, RunFilter filter, int limit, Optional<Position> after);

    /**
     * Takes one queued run, or one running whose lease ended before {@code now}, for {@code owner} until
     * {@code leaseUntil}; never the same run to two callers whose leases overlap.
     */
    Optional<WorkflowRun> claimNext(String owner, Instant now, Instant leaseUntil);

    /**
     * Like {@link #claimNext}, for this one run: takes it if it is queued, or running with a lease that ended
     * before {@code now}, and no other transaction holds it.
     */
    Optional<WorkflowRun> claim(WorkflowRunId id, String owner, Instant now, Instant leaseUntil);

    /**
     * Takes up to {@code max} runs as {@link #claimNext} would, oldest first but fair across organizations: the
     * oldest claimable run of every organization comes before the second oldest of any (and so on), and at most
     * {@code perOrganization} runs of one organization are taken. The runs come back in that order.
     */
    default List<WorkflowRun> claimBatch(String owner, Instant now, Instant leaseUntil, int max, int perOrganization) {
        List<WorkflowRun> claimed = new ArrayList<>();
        while (claimed.size() < max) {
            Optional<WorkflowRun> next = claimNext(owner, now, leaseUntil);
            if (next.isEmpty()) {
                break;
            }
            claimed.add(next.get());
        }
        return claimed;
    }

    /** Records a step's result; a run has at most one result per step. */
    void recordStep(WorkflowRunId id, StepResult result);

    /** Ends the run with its outcome; it is not claimed again. */
    void finish(WorkflowRunId id, WorkflowRun.Status status, Instant at);

    /**
     * What a batch of runs did: {@link #recordStep} for each result, in this order, then {@link #finish} for each
     * run with its outcome.
     */
    default void finishAll(List<RecordedStep> results, Map<WorkflowRunId, WorkflowRun.Status> outcomes, Instant at) {
        results.forEach(r -> recordStep(r.runId(), r.result()));
        outcomes.forEach((id, status) -> finish(id, status, at));
    }

    /** One step's result of one run. */
    record RecordedStep(WorkflowRunId runId, StepResult result) {
    }
}
