package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.RunFilter;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * Runs shared by every server process on the database. Claiming locks with {@code SKIP LOCKED}, so concurrent
 * workers take different runs without waiting on each other; the lease columns say who may work on a run.
 */
public final class JdbiWorkflowRunRepository implements WorkflowRunRepository {
    private static final String RUN_COLUMNS = """
            id, organization_id, workflow_id, workflow_version, trigger_event, case_id, status, created_at, finished_at
            """;
    private static final String SELECT_RUNS = "SELECT " + RUN_COLUMNS + "FROM workflow_runs\n";
    private static final String CLAIMED_COLUMNS = Rows.qualified("r", RUN_COLUMNS);

    private static final String INSERT_STEP = """
            INSERT INTO workflow_run_steps (run_id, step_id, type, status, error_code, error_message,
                                            output, started_at, finished_at)
            VALUES (:runId, :stepId, :type, :status, :errorCode, :errorMessage, CAST(:output AS jsonb),
                    :startedAt, :finishedAt)""";

    private final JdbiTransactions db;

    public JdbiWorkflowRunRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(WorkflowRun run) {
        addAll(List.of(run));
    }

    /**
     * One statement for all the runs, with the signal in it: one round trip. The notification is transactional:
     * PostgreSQL delivers it when (and only if) the runs are committed, once per transaction however many.
     */
    @Override
    public void addAll(List<WorkflowRun> queued) {
        if (queued.isEmpty()) {
            return;
        }
        db.withHandle(h -> h.createQuery("""
                        WITH queued AS (
                            INSERT INTO workflow_runs (id, organization_id, workflow_id, workflow_version,
                                                       trigger_event, case_id, status, created_at, finished_at)
                            SELECT * FROM unnest(:ids, :organizationIds, :workflowIds, :versions, :triggerEvents,
                                                 :caseIds, :statuses, CAST(:createdAts AS timestamptz[]),
                                                 CAST(:finishedAts AS timestamptz[]))
                            RETURNING 1)
                        SELECT pg_notify(:channel, '') WHERE EXISTS (SELECT FROM queued)""")
                .bindArray("ids", String.class, Rows.column(queued, run -> run.id().value()))
                .bindArray("organizationIds", String.class, Rows.column(queued, run -> run.organizationId().value()))
                .bindArray("workflowIds", String.class, Rows.column(queued, run -> run.workflowId().value()))
                .bindArray("versions", Integer.class, Rows.column(queued, WorkflowRun::workflowVersion))
                .bindArray("triggerEvents", String.class, Rows.column(queued, run -> Rows.wire(run.triggerEvent())))
                .bindArray("caseIds", String.class, Rows.column(queued, run -> run.caseId().value()))
                .bindArray("statuses", String.class, Rows.column(queued, run -> Rows.wire(run.status())))
                .bindArray("createdAts", String.class, Rows.column(queued, run -> run.createdAt().toString()))
                .bindArray("finishedAts", String.class, Rows.column(queued, run -> text(run.finishedAt())))
                .bind("channel", PostgresWorkSignal.Work.RUNS.channel)
                .mapTo(String.class)
                .list());
    }


    @Override
    public Optional<WorkflowRun> find(OrganizationId organizationId, WorkflowRunId id) {
        return db.withHandle(h -> oneRun(h, h.createQuery(SELECT_RUNS
                        + "WHERE id = :id AND organization_id = :organizationId")
                .bind("id", id.value())
                .bind("organizationId", organizationId.value())));
    }

    @Override
    public List<WorkflowRun> list(OrganizationId organizationId, RunFilter filter, int limit, Optional<Position> after) {
        StringBuilder sql = new StringBuilder(SELECT_RUNS + "WHERE organization_id = :organizationId");
        filter.workflowId().ifPresent(x -> sql.append(" AND workflow_id = :workflowId"));
        filter.caseId().ifPresent(x -> sql.append(" AND case_id = :caseId"));
        filter.status().ifPresent(x -> sql.append(" AND status = :status"));
        after.ifPresent(x -> sql.append(" AND (created_at, id) < (:afterCreatedAt, :afterId)"));
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT :limit");
        return db.withHandle(h -> {
            Query query = h.createQuery(sql.toString())
                    .bind("organizationId", organizationId.value())
                    .bind("limit", limit);
            filter.workflowId().ifPresent(id -> query.bind("workflowId", id.value()));
            filter.caseId().ifPresent(id -> query.bind("caseId", id.value()));
            filter.status().ifPresent(status -> query.bind("status", Rows.wire(status)));
            after.ifPresent(position -> query.bind("afterCreatedAt", position.createdAt())
                    .bind("afterId", position.id()));
            return withSteps(h, query.map(new RunMapper()).list());
        });
    }

    /**
     * One statement: the subquery locks the oldest claimable run, skipping runs other workers hold locked, and
     * rechecks its condition on the latest row; the update then leases it. Two claimers never get one run. Only a
     * run that was running before (its worker died) can have step results, so only then are they read.
     */
    @Override
    public Optional<WorkflowRun> claimNext(String owner, Instant now, Instant leaseUntil) {
        return claimWhere("", owner, now, leaseUntil, q -> q);
    }

    @Override
    public Optional<WorkflowRun> claim(WorkflowRunId id, String owner, Instant now, Instant leaseUntil) {
        return claimWhere("AND id = :id", owner, now, leaseUntil, q -> q.bind("id", id.value()));
    }

    private Optional<WorkflowRun> claimWhere(String condition, String owner, Instant now, Instant leaseUntil,
                                             UnaryOperator<Query> bind) {
        return db.withHandle(h -> {
            Optional<ClaimedRun> claimed = bind.apply(h.createQuery("""
                            UPDATE workflow_runs AS r
                            SET status = 'running', lease_owner = :owner, lease_until = :leaseUntil,
                                started_at = coalesce(r.started_at, :now)
                            FROM (
                                SELECT id, status FROM workflow_runs
                                WHERE (status = 'queued' OR (status = 'running' AND lease_until < :now)) %s
                                ORDER BY created_at, id
                                LIMIT 1
                                FOR UPDATE SKIP LOCKED) AS claimable
                            WHERE r.id = claimable.id
                            RETURNING claimable.status AS claimed_from, %s""".formatted(condition, CLAIMED_COLUMNS))
                            .bind("owner", owner)
                            .bind("now", now)
                            .bind("leaseUntil", leaseUntil))
                    .map((rs, ctx) -> new ClaimedRun(new RunMapper().map(rs, ctx),
                            "running".equals(rs.getString("claimed_from")), 1))
                    .findOne();
            return claimed.map(c -> c.resumed() ? withSteps(h, List.of(c.run())).get(0) : c.run());
        });
    }

    /**
     * One statement. For each organization with claimable runs (found by skipping through the claimable index, one
     * probe per organization), its oldest claimable runs, up to {@code perOrganization}, are locked with
     * {@code SKIP LOCKED}; of those, the batch takes each organization's first run before any organization's
     * second (and so on), oldest first within a round, up to {@code max}. A busy organization's backlog thus never
     * keeps another organization's run out of the next batch. Runs locked but not taken stay locked until this
     * transaction ends (other workers skip them meanwhile), which bounds {@code perOrganization} in practice.
     */
    @Override
    public List<WorkflowRun> claimBatch(String owner, Instant now, Instant leaseUntil, int max, int perOrganization) {
        return db.withHandle(h -> {
            List<ClaimedRun> claimed = h.createQuery("""
                            WITH RECURSIVE organizations AS (
                                (SELECT organization_id FROM workflow_runs
                                 WHERE status IN ('queued', 'running') ORDER BY organization_id LIMIT 1)
                                UNION ALL
                                SELECT (SELECT w.organization_id FROM workflow_runs w
                                        WHERE w.status IN ('queued', 'running')
                                          AND w.organization_id > o.organization_id
                                        ORDER BY w.organization_id LIMIT 1)
                                FROM organizations o WHERE o.organization_id IS NOT NULL),
                            claimable AS (
                                SELECT c.id, c.status, c.created_at,
                                       row_number() OVER (PARTITION BY c.organization_id
                                                          ORDER BY c.created_at, c.id) AS turn
                                FROM organizations o
                                CROSS JOIN LATERAL (
                                    SELECT w.id, w.status, w.created_at, w.organization_id FROM workflow_runs w
                                    WHERE w.organization_id = o.organization_id
                                      AND w.status IN ('queued', 'running')
                                      AND (w.status = 'queued' OR (w.status = 'running' AND w.lease_until < :now))
                                    ORDER BY w.created_at, w.id
                                    LIMIT :perOrganization
                                    FOR UPDATE SKIP LOCKED) c
                                WHERE o.organization_id IS NOT NULL),
                            taken AS (
                                SELECT id, status, turn, created_at FROM claimable
                                ORDER BY turn, created_at, id LIMIT :max)
                            UPDATE workflow_runs AS r
                            SET status = 'running', lease_owner = :owner, lease_until = :leaseUntil,
                                started_at = coalesce(r.started_at, :now)
                            FROM taken
                            WHERE r.id = taken.id
                            RETURNING taken.status AS claimed_from, taken.turn AS turn, %s""".formatted(CLAIMED_COLUMNS))
                    .bind("owner", owner)
                    .bind("now", now)
                    .bind("leaseUntil", leaseUntil)
                    .bind("max", max)
                    .bind("perOrganization", perOrganization)
                    .map((rs, ctx) -> new ClaimedRun(new RunMapper().map(rs, ctx),
                            "running".equals(rs.getString("claimed_from")), rs.getLong("turn")))
                    .list();
            List<WorkflowRun> ordered = claimed.stream()
                    .sorted(Comparator.comparingLong(ClaimedRun::turn)
                            .thenComparing(c -> c.run().createdAt())
                            .thenComparing(c -> c.run().id().value()))
                    .map(ClaimedRun::run)
                    .toList();
            List<WorkflowRun> resumed = withSteps(h, claimed.stream().filter(ClaimedRun::resumed)
                    .map(ClaimedRun::run).toList());
            Map<WorkflowRunId, WorkflowRun> withResults = new HashMap<>();
            resumed.forEach(run -> withResults.put(run.id(), run));
            return ordered.stream().map(run -> withResults.getOrDefault(run.id(), run)).toList();
        });
    }

    /** One JDBC batch: one round trip. */
    /** One statement: the step results from arrays, in their order, and the runs' ends. */
    @Override
    public void finishAll(List<RecordedStep> results, Map<WorkflowRunId, WorkflowRun.Status> outcomes, Instant at) {
        if (results.isEmpty() && outcomes.isEmpty()) {
            return;
        }
        List<Map.Entry<WorkflowRunId, WorkflowRun.Status>> ends = List.copyOf(outcomes.entrySet());
        db.withHandle(h -> h.createUpdate("""
                        WITH steps AS (
                            INSERT INTO workflow_run_steps (run_id, step_id, type, status, error_code, error_message,
                                                            output, started_at, finished_at)
                            SELECT run_id, step_id, type, status, error_code, error_message, CAST(output AS jsonb),
                                   started_at, finished_at
                            FROM unnest(:runIds, :stepIds, :types, :stepStatuses, :errorCodes, :errorMessages,
                                        :outputs, CAST(:startedAts AS timestamptz[]),
                                        CAST(:finishedAts AS timestamptz[]))
                                 WITH ORDINALITY AS s(run_id, step_id, type, status, error_code, error_message,
                                                      output, started_at, finished_at, n)
                            ORDER BY n)
                        UPDATE workflow_runs AS r
                        SET status = o.status, finished_at = :finishedAt, lease_owner = NULL, lease_until = NULL
                        FROM unnest(:ids, :statuses) AS o(id, status)
                        WHERE r.id = o.id""")
                .bindArray("runIds", String.class, Rows.column(results, r -> r.runId().value()))
                .bindArray("stepIds", String.class, Rows.column(results, r -> r.result().stepId()))
                .bindArray("types", String.class, Rows.column(results, r -> r.result().type()))
                .bindArray("stepStatuses", String.class, Rows.column(results, r -> Rows.wire(r.result().status())))
                .bindArray("errorCodes", String.class, Rows.column(results, r -> r.result().errorCode()))
                .bindArray("errorMessages", String.class, Rows.column(results, r -> r.result().errorMessage()))
                .bindArray("outputs", String.class,
                        Rows.column(results, r -> WorkflowJson.ofObject(r.result().output())))
                .bindArray("startedAts", String.class, Rows.column(results, r -> text(r.result().startedAt())))
                .bindArray("finishedAts", String.class, Rows.column(results, r -> text(r.result().finishedAt())))
                .bindArray("ids", String.class, Rows.column(ends, e -> e.getKey().value()))
                .bindArray("statuses", String.class, Rows.column(ends, e -> Rows.wire(e.getValue())))
                .bind("finishedAt", at)
                .execute());
    }

    /** A timestamp for a {@code timestamptz[]} parameter, null kept. */
    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    @Override
    public void recordStep(WorkflowRunId id, StepResult result) {
        db.withHandle(h -> bindStep(h.createUpdate(INSERT_STEP), id, result).execute());
    }

    private static Update bindStep(Update statement, WorkflowRunId id, StepResult result) {
        return statement.bind("runId", id.value())
                .bind("stepId", result.stepId())
                .bind("type", result.type())
                .bind("status", Rows.wire(result.status()))
                .bind("errorCode", result.errorCode())
                .bind("errorMessage", result.errorMessage())
                .bind("output", WorkflowJson.ofObject(result.output()))
                .bind("startedAt", result.startedAt())
                .bind("finishedAt", result.finishedAt());
    }

    @Override
    public void finish(WorkflowRunId id, WorkflowRun.Status status, Instant at) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE workflow_runs
                        SET status = :status, finished_at = :finishedAt, lease_owner = NULL, lease_until = NULL
                        WHERE id = :id""")
                .bind("id", id.value())
                .bind("status", Rows.wire(status))
                .bind("finishedAt", at)
                .execute());
    }

    private static Optional<WorkflowRun> oneRun(Handle h, Query query) {
        return withSteps(h, query.map(new RunMapper()).list()).stream().findFirst();
    }

    /** The runs with their step results, in the order the results were recorded; one query for all of them. */
    private static List<WorkflowRun> withSteps(Handle h, List<WorkflowRun> runs) {
        if (runs.isEmpty()) {
            return runs;
        }
        Map<String, List<StepResult>> steps = new LinkedHashMap<>();
        runs.forEach(run -> steps.put(run.id().value(), new ArrayList<>()));
        h.createQuery("""
                        SELECT run_id, step_id, type, status, error_code, error_message, output, started_at, finished_at
                        FROM workflow_run_steps WHERE run_id = ANY (:runIds) ORDER BY seq""")
                .bindArray("runIds", String.class, steps.keySet())
                .map(new StepMapper())
                .forEach(step -> steps.get(step.runId()).add(step.result()));
        return runs.stream().map(run -> new WorkflowRun(run.id(), run.organizationId(), run.workflowId(),
                run.workflowVersion(), run.triggerEvent(), run.caseId(), run.status(), steps.get(run.id().value()),
                run.createdAt(), run.finishedAt())).toList();
    }

    /** A run as stored, without its steps, which {@link #withSteps} adds. */
    private static final class RunMapper implements RowMapper<WorkflowRun> {
        @Override
        public WorkflowRun map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new WorkflowRun(new WorkflowRunId(rs.getString("id")),
                    new OrganizationId(rs.getString("organization_id")), new WorkflowId(rs.getString("workflow_id")),
                    rs.getInt("workflow_version"), Rows.triggerEvent(rs.getString("trigger_event")),
                    new CaseId(rs.getString("case_id")),
                    Rows.enumOf(WorkflowRun.Status.class, rs.getString("status")), List.of(),
                    Rows.instant(rs, "created_at"), Rows.instant(rs, "finished_at"));
        }
    }

    private record ClaimedRun(WorkflowRun run, boolean resumed, long turn) {
    }

    private record StoredStep(String runId, StepResult result) {
    }

    private static final class StepMapper implements RowMapper<StoredStep> {
        @Override
        public StoredStep map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new StoredStep(rs.getString("run_id"), new StepResult(rs.getString("step_id"), rs.getString("type"),
                    Rows.enumOf(StepResult.Status.class, rs.getString("status")),
                    rs.getString("error_code"), rs.getString("error_message"),
                    WorkflowJson.object(rs.getString("output")), Rows.instant(rs, "started_at"),
                    Rows.instant(rs, "finished_at")));
        }
    }
}
