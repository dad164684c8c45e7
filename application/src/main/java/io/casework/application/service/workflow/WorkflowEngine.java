package io.casework.application.service.workflow;

import io.casework.application.port.in.WorkflowRunner;
import io.casework.application.port.out.AssignCaseUsage;
import io.casework.application.port.out.AssigneeDirectory;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Telemetry;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.application.service.assignment.CaseAssigner;
import io.casework.application.service.webhook.WebhookEvents;
import io.casework.application.service.organization.PlanLimits;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.DomainException;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.workflow.PublishedStep;
import io.casework.domain.workflow.StepAction.AssignCase;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import io.casework.domain.workflow.WorkflowVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Executes queued runs in batches, each batch in one transaction: the claim of up to {@code batchSize} runs, every
 * step of every run and the runs' outcomes commit together, or not at all. The claim keeps the runs' rows locked
 * until then, so no other worker can take them meanwhile, and a step's effect is committed with its result, so a
 * step is never done twice. The batch takes each lock its runs need once (see {@link RunBatch}), decides every step
 * in queue order in memory with the same rules as one assignment at a time, and writes the results with one
 * statement per kind of row: one team's round robin stays exact, at the cost of one lock and one commit per batch
 * instead of per run. A step that refuses (a {@link DomainException}) is undone on its own and its failure
 * recorded, while its run and the batch go on. A worker that dies leaves nothing committed and its runs are
 * claimed again; if a batch fails unexpectedly, its runs are done again one by one (see {@link #runBatch}); a run
 * left running by a worker that failed, or by an older server, is resumed once its lease has ended, skipping the
 * steps it has a result for.
 */
public final class WorkflowEngine implements WorkflowRunner {
    /** Published versions never change, so they are kept; beyond this many, the cache starts over. */
    private static final int CACHED_VERSIONS = 10_000;

    private final WorkflowRunRepository runs;
    private final WorkflowRepository workflows;
    private final OrganizationRepository organizations;
    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final IdGenerator ids;
    private final Ports effects;
    private final StepTypes stepTypes;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration lease;
    private final PlanLimits limits;
    private final int batchSize;
    private final int perOrganization;
    private final Map<VersionKey, WorkflowVersion> versions = new ConcurrentHashMap<>();
    private final Telemetry telemetry;

    /** The ports steps have effects through, written to at the end of each batch, and the failed runs' webhooks. */
    public record Ports(AssigneeDirectory directory, NotificationOutbox outbox, AssignCaseUsage usage,
                        WebhookEvents webhooks) {
    }

    /**
     * @param batchSize       the most runs one batch claims
     * @param perOrganization the most runs of one organization one batch claims
     */
    public WorkflowEngine(WorkflowRunRepository runs, WorkflowRepository workflows, OrganizationRepository organizations,
                          CaseRepository cases, CaseTimeline timeline, IdGenerator ids, Ports effects,
                          StepTypes stepTypes, PlanLimits limits, Transactions transactions, Clock clock,
                          Duration lease, int batchSize, int perOrganization, Telemetry telemetry) {
        if (batchSize < 1 || perOrganization < 1) {
            throw new IllegalArgumentException("a batch takes at least one run");
        }
        this.runs = runs;
        this.workflows = workflows;
        this.organizations = organizations;
        this.cases = cases;
        this.timeline = timeline;
        this.ids = ids;
        this.effects = effects;
        this.stepTypes = stepTypes;
        this.transactions = transactions;
        this.clock = clock;
        this.lease = lease;
        this.limits = limits;
        this.batchSize = batchSize;
        this.perOrganization = perOrganization;
        this.telemetry = telemetry;
    }

    @Override
    public boolean runNext(String worker) {
        return runBatch(worker) > 0;
    }

    @Override
    public int batchSize() {
        return batchSize;
    }

    /**
     * Claims up to {@link #batchSize} runs for {@code worker} and takes them to their end, in one transaction. If
     * that transaction fails unexpectedly (the database went away, a bug), each of its runs is done again in a
     * transaction of its own; a run that fails alone too is claimed again and left leased to this worker, so that
     * it is retried once the lease ends rather than at once, and its exception is rethrown.
     *
     * @return how many runs were claimed
     */
    @Override
    public int runBatch(String worker) {
        List<WorkflowRunId> claimedIds = new ArrayList<>();
        List<Consumer<Telemetry>> told = new ArrayList<>();
        try {
            int claimedCount = transactions.inTransaction(() -> {
                claimedIds.clear();
                told.clear();
                Instant now = clock.instant();
                List<WorkflowRun> claimed = runs.claimBatch(worker, now, now.plus(lease), batchSize, perOrganization);
                claimed.forEach(run -> claimedIds.add(run.id()));
                if (!claimed.isEmpty()) {
                    execute(claimed, told);
                }
                return claimed.size();
            });
            told.forEach(tell -> tell.accept(telemetry));
            return claimedCount;
        } catch (RuntimeException unexpected) {
            if (claimedIds.size() == 1) {
                holdBack(claimedIds.get(0), worker, unexpected);
                throw unexpected;
            }
            if (claimedIds.isEmpty()) {
                throw unexpected;
            }
            return oneByOne(claimedIds, worker, unexpected);
        }
    }

    /** The second pass of a batch that failed: each run alone, so that one run's failure stays its own. */
    private int oneByOne(List<WorkflowRunId> claimedIds, String worker, RuntimeException batchFailure) {
        RuntimeException failed = null;
        int done = 0;
        for (WorkflowRunId id : claimedIds) {
            List<Consumer<Telemetry>> told = new ArrayList<>();
            try {
                boolean ran = transactions.inTransaction(() -> {
                    told.clear();
                    Instant now = clock.instant();
                    Optional<WorkflowRun> claimed = runs.claim(id, worker, now, now.plus(lease));
                    claimed.ifPresent(run -> execute(List.of(run), told));
                    return claimed.isPresent();
                });
                told.forEach(tell -> tell.accept(telemetry));
                done += ran ? 1 : 0;
            } catch (RuntimeException alone) {
                holdBack(id, worker, alone);
                if (failed == null) {
                    failed = alone;
                    failed.addSuppressed(batchFailure);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
        return done;
    }

    private void holdBack(WorkflowRunId id, String worker, RuntimeException cause) {
        try {
            Instant now = clock.instant();
            transactions.run(() -> runs.claim(id, worker, now, now.plus(lease)));
        } catch (RuntimeException alsoFailed) {
            cause.addSuppressed(alsoFailed);
        }
    }

    /**
     * The claimed runs, in the order claimed: locks taken once, steps decided in memory, results written. What
     * telemetry is to hear goes into {@code told}, told once the batch has committed.
     */
    private void execute(List<WorkflowRun> claimed, List<Consumer<Telemetry>> told) {
        RunBatch batch = new RunBatch(cases, timeline, effects.directory(), effects.outbox(), effects.usage(), runs, ids);
        Map<OrganizationId, Optional<Organization>> orgs = new HashMap<>();
        Map<WorkflowRunId, Optional<WorkflowVersion>> runVersions = new HashMap<>();
        Map<OrganizationId, List<WorkflowRun>> byOrganization = new TreeMap<>(Comparator.comparing(OrganizationId::value));
        for (WorkflowRun run : claimed) {
            runVersions.put(run.id(), version(run));
            orgs.computeIfAbsent(run.organizationId(), organizations::find);
            byOrganization.computeIfAbsent(run.organizationId(), o -> new ArrayList<>()).add(run);
        }
        List<OrganizationId> assigning = new ArrayList<>(); // with a quota to check: their counters are locked
        byOrganization.forEach((organizationId, theirs) -> {
            Set<TeamId> teamIds = new TreeSet<>(Comparator.comparing(TeamId::value));
            Set<StaffMemberId> memberIds = new TreeSet<>(Comparator.comparing(StaffMemberId::value));
            for (WorkflowRun run : theirs) {
                runVersions.get(run.id()).ifPresent(version -> version.steps().forEach(step -> {
                    if (step.action() instanceof AssignCase assign) {
                        String id = assign.assignee().id();
                        switch (assign.assignee().kind()) {
                            case TEAM -> teamIds.add(new TeamId(id));
                            case STAFF_MEMBER -> memberIds.add(new StaffMemberId(id));
                        }
                    }
                }));
            }
            batch.lock(organizationId, theirs.stream().map(WorkflowRun::caseId).toList(), teamIds, memberIds);
            boolean quota = orgs.get(organizationId)
                    .map(o -> limits.assignCaseMonthlyLimit(o.plan()) != null).orElse(false);
            if (quota && (!teamIds.isEmpty() || !memberIds.isEmpty())) {
                assigning.add(organizationId);
            }
        });
        YearMonth period = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        assigning.forEach(organizationId -> batch.lockQuota(organizationId, period));
        for (WorkflowRun run : claimed) {
            execute(batch, run, runVersions.get(run.id()), orgs.get(run.organizationId()), told);
        }
        batch.write(clock.instant());
        byOrganization.forEach((organizationId, theirs) -> effects.webhooks().runsFailed(organizationId,
                theirs.stream().map(WorkflowRun::id)
                        .filter(id -> batch.outcome(id) == WorkflowRun.Status.FAILED).toList()));
    }

    private void execute(RunBatch batch, WorkflowRun run, Optional<WorkflowVersion> version,
                         Optional<Organization> organization, List<Consumer<Telemetry>> told) {
        if (version.isEmpty() || organization.isEmpty()) {
            finish(batch, run, WorkflowRun.Status.FAILED, told);
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
                batch.record(run.id(), result);
            } else {
                result = runStep(batch, run, version.get(), organization.get(), step, told);
                batch.record(run.id(), result);
            }
            failed = failed || result.status() == StepResult.Status.FAILED && !definition.continueOnError();
        }
        finish(batch, run, failed ? WorkflowRun.Status.FAILED : WorkflowRun.Status.SUCCEEDED, told);
    }

    private void finish(RunBatch batch, WorkflowRun run, WorkflowRun.Status status, List<Consumer<Telemetry>> told) {
        batch.finish(run.id(), status);
        Duration latency = Duration.between(run.createdAt(), clock.instant());
        told.add(t -> t.runFinished(status.name().toLowerCase(Locale.ROOT), latency));
    }

    /** The step's result; a refusal leaves nothing of the step's work behind. */
    private StepResult runStep(RunBatch batch, WorkflowRun run, WorkflowVersion version, Organization organization,
                               PublishedStep step, List<Consumer<Telemetry>> told) {
        StepDefinition definition = step.definition();
        Instant started = clock.instant();
        RunBatch.Mark mark = batch.mark();
        try {
            Case aCase = batch.working(run.organizationId(), run.caseId());
            if (definition.when() != null && !definition.when().holdsFor(aCase)) {
                return StepResult.skipped(definition, clock.instant());
            }
            Map<String, Object> output = stepTypes.execute(StepContext.of(run, version, organization, aCase,
                    batch.effects()), step);
            batch.keep(aCase);
            tellAssignment(step, "assigned", told);
            return StepResult.succeeded(definition, output, started, clock.instant());
        } catch (DomainException refusal) {
            batch.rollback(mark);
            tellAssignment(step, refusal.code(), told);
            return StepResult.failed(definition, refusal.code(), refusal.getMessage(), started, clock.instant());
        }
    }

    private static void tellAssignment(PublishedStep step, String outcome, List<Consumer<Telemetry>> told) {
        if (step.action() instanceof AssignCase assign) {
            String strategy = CaseAssigner.strategyName(AssignCaseStep.target(assign));
            told.add(t -> t.assignment(strategy, outcome));
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
