package io.casework.application.service;

import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.Organization;
import io.casework.domain.shared.DomainException;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Executes queued runs, one step per transaction. A step's effect and its result are committed together
 * while the run is locked and leased to this worker, so a step is never done twice: a worker that lost its
 * lease (it stalled, another took over) stops, and a run resumed after a crash skips the steps it has a
 * result for.
 */
public final class WorkflowEngine {
    private final WorkflowRunRepository runs;
    private final WorkflowRepository workflows;
    private final OrganizationRepository organizations;
    private final CaseRepository cases;
    private final CaseStore caseStore;
    private final StepTypes stepTypes;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration lease;

    public WorkflowEngine(WorkflowRunRepository runs, WorkflowRepository workflows, OrganizationRepository organizations,
                          CaseRepository cases, CaseTimeline timeline, IdGenerator ids, StepTypes stepTypes,
                          Transactions transactions, Clock clock, Duration lease) {
        this.runs = runs;
        this.workflows = workflows;
        this.organizations = organizations;
        this.cases = cases;
        this.caseStore = new CaseStore(cases, timeline, ids);
        this.stepTypes = stepTypes;
        this.transactions = transactions;
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * Claims one run for {@code worker} and takes it as far as it goes.
     *
     * @return false when no run was waiting
     */
    public boolean runNext(String worker) {
        Instant now = clock.instant();
        Optional<WorkflowRun> claimed = transactions.inTransaction(() -> runs.claimNext(worker, now, now.plus(lease)));
        claimed.ifPresent(run -> execute(run, worker));
        return claimed.isPresent();
    }

    private void execute(WorkflowRun run, String worker) {
        Optional<WorkflowVersion> version = workflows.findVersion(run.organizationId(), run.workflowId(),
                run.workflowVersion());
        Optional<Organization> organization = organizations.find(run.organizationId());
        if (version.isEmpty() || organization.isEmpty()) {
            transactions.run(() -> runs.finish(run.id(), WorkflowRun.Status.FAILED, clock.instant()));
            return;
        }
        boolean failed = false;
        for (StepDefinition step : version.get().steps()) {
            if (failed) {
                Outcome outcome = record(run, worker, StepResult.skipped(step, clock.instant()));
                if (outcome == Outcome.LEASE_LOST) {
                    return;
                }
                continue;
            }
            Optional<StepResult> earlier = run.steps().stream().filter(s -> s.stepId().equals(step.id())).findFirst();
            StepResult result;
            if (earlier.isPresent()) {
                result = earlier.get();
            } else {
                Optional<StepResult> done = runStep(run, worker, version.get(), organization.get(), step);
                if (done.isEmpty()) {
                    return;
                }
                result = done.get();
            }
            failed = result.status() == StepResult.Status.FAILED && !step.continueOnError();
        }
        WorkflowRun.Status status = failed ? WorkflowRun.Status.FAILED : WorkflowRun.Status.SUCCEEDED;
        transactions.run(() -> {
            if (runs.lockIfOwned(run.id(), worker).isPresent()) {
                runs.finish(run.id(), status, clock.instant());
            }
        });
    }

    /** The step's result, or empty when this worker lost the run to another. */
    private Optional<StepResult> runStep(WorkflowRun run, String worker, WorkflowVersion version,
                                         Organization organization, StepDefinition step) {
        Instant started = clock.instant();
        try {
            return transactions.inTransaction(() -> {
                Optional<WorkflowRun> locked = runs.lockIfOwned(run.id(), worker);
                if (locked.isEmpty()) {
                    return Optional.empty();
                }
                Optional<StepResult> existing = locked.get().steps().stream()
                        .filter(s -> s.stepId().equals(step.id())).findFirst();
                if (existing.isPresent()) {
                    return existing;
                }
                Case aCase = cases.findForUpdate(run.organizationId(), run.caseId())
                        .orElseThrow(() -> new DomainException("case_not_found", "case " + run.caseId() + " was not found"));
                StepResult result;
                if (step.when() != null && !step.when().holdsFor(aCase)) {
                    result = StepResult.skipped(step, clock.instant());
                } else {
                    StepType type = stepTypes.find(step.type()).orElseThrow(() -> new DomainException(
                            "unknown_step_type", "step type " + step.type() + " is not available"));
                    Map<String, Object> output = type.execute(new StepContext(run, version, organization, aCase),
                            step.config());
                    caseStore.save(aCase);
                    result = StepResult.succeeded(step, output, started, clock.instant());
                }
                runs.recordStep(run.id(), result);
                runs.extendLease(run.id(), worker, clock.instant().plus(lease));
                return Optional.of(result);
            });
        } catch (DomainException refusal) {
            // the step's own work was rolled back; record the failure on its own
            StepResult failure = StepResult.failed(step, refusal.code(), refusal.getMessage(), started, clock.instant());
            return record(run, worker, failure) == Outcome.LEASE_LOST ? Optional.empty() : Optional.of(failure);
        }
    }

    private Outcome record(WorkflowRun run, String worker, StepResult result) {
        return transactions.inTransaction(() -> {
            Optional<WorkflowRun> locked = runs.lockIfOwned(run.id(), worker);
            if (locked.isEmpty()) {
                return Outcome.LEASE_LOST;
            }
            if (!locked.get().hasResultFor(result.stepId())) {
                runs.recordStep(run.id(), result);
            }
            return Outcome.RECORDED;
        });
    }

    private enum Outcome {
        RECORDED, LEASE_LOST
    }
}
