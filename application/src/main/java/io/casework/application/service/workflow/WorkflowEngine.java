package io.casework.application.service.workflow;

import io.casework.application.port.in.WorkflowRunner;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.application.service.cases.CaseStore;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.DomainException;
import io.casework.domain.workflow.PublishedStep;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import io.casework.domain.workflow.WorkflowVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Executes queued runs, each in one transaction: the claim, every step and the run's outcome commit together, or
 * not at all. The claim keeps the run's row locked until then, so no other worker can take it meanwhile, and a
 * step's effect is committed with its result, so a step is never done twice. A step that refuses (a
 * {@link DomainException}) runs in a savepoint: its own work is undone and its failure recorded, while the run goes
 * on. A worker that dies leaves nothing committed and its run is claimed again; a run left running by a worker
 * that failed unexpectedly (see {@link #runNext}), or by an older server, is resumed once its lease has ended,
 * skipping the steps it has a result for.
 */
public final class WorkflowEngine implements WorkflowRunner {
    /** Published versions never change, so they are kept; beyond this many, the cache starts over. */
    private static final int CACHED_VERSIONS = 10_000;

    private final WorkflowRunRepository runs;
    private final WorkflowRepository workflows;
    private final OrganizationRepository organizations;
    private final CaseRepository cases;
    private final CaseStore caseStore;
    private final StepTypes stepTypes;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration lease;
    private final Map<VersionKey, WorkflowVersion> versions = new ConcurrentHashMap<>();

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
     * Claims one run for {@code worker} and takes it to its end, in one transaction. If that transaction fails
     * unexpectedly (the database went away, a bug), the run is claimed again on its own and left leased to this
     * worker, so that it is retried once the lease ends rather than at once, and the exception is rethrown.
     *
     * @return false when no run was waiting
     */
    @Override
    public boolean runNext(String worker) {
        AtomicReference<WorkflowRunId> claimedId = new AtomicReference<>();
        try {
            return transactions.inTransaction(() -> {
                Instant now = clock.instant();
                Optional<WorkflowRun> claimed = runs.claimNext(worker, now, now.plus(lease));
                claimedId.set(claimed.map(WorkflowRun::id).orElse(null));
                claimed.ifPresent(this::execute);
                return claimed.isPresent();
            });
        } catch (RuntimeException unexpected) {
            if (claimedId.get() != null) {
                holdBack(claimedId.get(), worker, unexpected);
            }
            throw unexpected;
        }
    }

    private void holdBack(WorkflowRunId id, String worker, RuntimeException cause) {
        try {
            Instant now = clock.instant();
            transactions.run(() -> runs.claim(id, worker, now, now.plus(lease)));
        } catch (RuntimeException alsoFailed) {
            cause.addSuppressed(alsoFailed);
        }
    }

    private void execute(WorkflowRun run) {
        Optional<WorkflowVersion> version = version(run);
        Optional<Organization> organization = organizations.find(run.organizationId());
        if (version.isEmpty() || organization.isEmpty()) {
            runs.finish(run.id(), WorkflowRun.Status.FAILED, clock.instant());
            return;
        }
        boolean failed = false;
        for (PublishedStep step : version.get().steps()) {
            StepDefinition definition = step.definition();
            Optional<StepResult> earlier = run.steps().stream().filter(s -> s.stepId().equals(definition.id()))
                    .findFirst();
            StepResult result;
            if (earlier.isPresent()) {
                result = earlier.get();
            } else if (failed) {
                result = StepResult.skipped(definition, clock.instant());
                runs.recordStep(run.id(), result);
            } else {
                result = runStep(run, version.get(), organization.get(), step);
                runs.recordStep(run.id(), result);
            }
            failed = failed || result.status() == StepResult.Status.FAILED && !definition.continueOnError();
        }
        runs.finish(run.id(), failed ? WorkflowRun.Status.FAILED : WorkflowRun.Status.SUCCEEDED, clock.instant());
    }

    /** The step's result; a refusal leaves nothing of the step's work behind. */
    private StepResult runStep(WorkflowRun run, WorkflowVersion version, Organization organization,
                               PublishedStep step) {
        StepDefinition definition = step.definition();
        Instant started = clock.instant();
        try {
            return transactions.inSavepoint(() -> {
                Case aCase = cases.findForUpdate(run.organizationId(), run.caseId())
                        .orElseThrow(() -> new DomainException("case_not_found", "case " + run.caseId() + " was not found"));
                if (definition.when() != null && !definition.when().holdsFor(aCase)) {
                    return StepResult.skipped(definition, clock.instant());
                }
                Map<String, Object> output = stepTypes.execute(new StepContext(run, version, organization, aCase),
                        step);
                caseStore.save(aCase);
                return StepResult.succeeded(definition, output, started, clock.instant());
            });
        } catch (DomainException refusal) {
            return StepResult.failed(definition, refusal.code(), refusal.getMessage(), started, clock.instant());
        }
    }

    /** The run's version, read once per process: a published version never changes. */
    private Optional<WorkflowVersion> version(WorkflowRun run) {
        VersionKey key = new VersionKey(run.organizationId(), run.workflowId(), run.workflowVersion());
        WorkflowVersion cached = versions.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<WorkflowVersion> found = workflows.findVersion(key.organizationId(), key.workflowId(), key.number());
        found.ifPresent(v -> {
            if (versions.size() >= CACHED_VERSIONS) {
                versions.clear();
            }
            versions.put(key, v);
        });
        return found;
    }

    private record VersionKey(OrganizationId organizationId, WorkflowId workflowId, int number) {
    }
}
