package io.casework.application.port.out;

import io.casework.application.port.PageRequest.Position;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable runs, shared by every server process on the database: a run is claimed under a lease, and a run
 * whose lease ran out (its process died) can be claimed again.
 */
public interface WorkflowRunRepository {
    /** Queues a run; workers waiting on the {@link WorkSignal} hear of it once the transaction commits. */
    void add(WorkflowRun run);

    Optional<WorkflowRun> find(OrganizationId organizationId, WorkflowRunId id);

    /** Newest first. */
    List<WorkflowRun> list(OrganizationId organizationId, Filter filter, int limit, Optional<Position> after);

    /**
     * Takes one queued run, or one running whose lease ended before {@code now}, for {@code owner} until
     * {@code leaseUntil}; never the same run to two callers whose leases overlap.
     */
    Optional<WorkflowRun> claimNext(String owner, Instant now, Instant leaseUntil);

    /** The run, locked until the transaction ends, if {@code owner} still holds its lease. */
    Optional<WorkflowRun> lockIfOwned(WorkflowRunId id, String owner);

    void recordStep(WorkflowRunId id, StepResult result);

    void extendLease(WorkflowRunId id, String owner, Instant leaseUntil);

    void finish(WorkflowRunId id, WorkflowRun.Status status, Instant at);

    record Filter(Optional<WorkflowId> workflowId, Optional<CaseId> caseId, Optional<WorkflowRun.Status> status) {
        public static Filter none() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty());
        }

        public boolean matches(WorkflowRun run) {
            return workflowId.map(run.workflowId()::equals).orElse(true)
                    && caseId.map(run.caseId()::equals).orElse(true)
                    && status.map(s -> s == run.status()).orElse(true);
        }
    }
}
