package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.domain.cases.CaseType;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

public final class JdbiWorkflowRepository implements WorkflowRepository {
    private static final String SELECT_WORKFLOWS = """
            SELECT id, organization_id, name, status, draft_trigger, draft_steps, published_version, created_at,
                   updated_at, version
            FROM workflows
            """;
    private static final String SELECT_VERSIONS = """
            SELECT workflow_id, version, organization_id, name, trigger, steps, published_at
            FROM workflow_versions
            """;

    private final JdbiTransactions db;

    public JdbiWorkflowRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Workflow workflow) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO workflows (id, organization_id, name, status, draft_trigger, draft_steps,
                                               published_version, created_at, updated_at, version)
                        VALUES (:id, :organizationId, :name, :status, CAST(:trigger AS jsonb), CAST(:steps AS jsonb),
                                :publishedVersion, :createdAt, :updatedAt, :version)""")
                .bindMap(state(workflow))
                .bind("createdAt", workflow.createdAt())
                .bind("updatedAt", workflow.updatedAt())
                .bind("version", workflow.version())
                .execute());
    }

    /** The columns insert and update both write. */
    private static Map<String, Object> state(Workflow workflow) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", workflow.id().value());
        columns.put("organizationId", workflow.organizationId().value());
        columns.put("name", workflow.name());
        columns.put("status", Rows.wire(workflow.status()));
        columns.put("trigger", WorkflowJson.ofTrigger(workflow.trigger()));
        columns.put("steps", WorkflowJson.ofSteps(workflow.steps()));
        columns.put("publishedVersion", workflow.publishedVersion());
        return columns;
    }

    @Override
    public Optional<Workflow> find(OrganizationId organizationId, WorkflowId id) {
        return db.withHandle(h -> h.createQuery(SELECT_WORKFLOWS
                        + "WHERE id = :id AND organization_id = :organizationId")
                .bind("id", id.value())
                .bind("organizationId", organizationId.value())
                .map(new WorkflowMapper())
                .findOne());
    }

    @Override
    public void update(Workflow workflow) {
        int updated = db.withHandle(h -> h.createUpdate("""
                        UPDATE workflows
                        SET name = :name, status = :status, draft_trigger = CAST(:trigger AS jsonb),
                            draft_steps = CAST(:steps AS jsonb), published_version = :publishedVersion,
                            updated_at = :updatedAt, version = version + 1
                        WHERE id = :id AND organization_id = :organizationId AND version = :loadedVersion""")
                .bindMap(state(workflow))
                .bind("updatedAt", workflow.updatedAt())
                .bind("loadedVersion", workflow.version())
                .execute());
        if (updated == 0) {
            throw new StaleVersionException("workflow", workflow.id().value());
        }
    }

    @Override
    public void delete(Workflow workflow) {
        int deleted = db.withHandle(h -> h.createUpdate("""
                        DELETE FROM workflows
                        WHERE id = :id AND organization_id = :organizationId AND version = :loadedVersion""")
                .bind("id", workflow.id().value())
                .bind("organizationId", workflow.organizationId().value())
                .bind("loadedVersion", workflow.version())
                .execute());
        if (deleted == 0) {
            throw new StaleVersionException("workflow", workflow.id().value());
        }
    }

    @Override
    public List<Workflow> list(OrganizationId organizationId, int limit, Optional<Position> after) {
        return db.withHandle(h -> {
            Query query = h.createQuery(SELECT_WORKFLOWS + "WHERE organization_id = :organizationId"
                    + (after.isPresent() ? " AND (created_at, id) < (:afterCreatedAt, :afterId)" : "")
                    + " ORDER BY created_at DESC, id DESC LIMIT :limit");
            query.bind("organizationId", organizationId.value()).bind("limit", limit);
            after.ifPresent(position -> query.bind("afterCreatedAt", position.createdAt())
                    .bind("afterId", position.id()));
            return query.map(new WorkflowMapper()).list();
        });
    }

    /** Also copies the trigger of the newest version onto the workflow, where triggering looks for it. */
    @Override
    public void addVersion(WorkflowVersion version) {
        db.withHandle(h -> {
            h.createUpdate("""
                            INSERT INTO workflow_versions (workflow_id, version, organization_id, name, trigger, steps,
                                                           published_at)
                            VALUES (:workflowId, :version, :organizationId, :name, CAST(:trigger AS jsonb),
                                    CAST(:steps AS jsonb), :publishedAt)""")
                    .bind("workflowId", version.workflowId().value())
                    .bind("version", version.number())
                    .bind("organizationId", version.organizationId().value())
                    .bind("name", version.name())
                    .bind("trigger", WorkflowJson.ofTrigger(version.trigger()))
                    .bind("steps", WorkflowJson.ofSteps(version.definitions()))
                    .bind("publishedAt", version.publishedAt())
                    .execute();
            return h.createUpdate("""
                            UPDATE workflows
                            SET published_trigger_event = :event, published_case_types = :caseTypes
                            WHERE id = :workflowId AND NOT EXISTS (
                                SELECT 1 FROM workflow_versions
                                WHERE workflow_id = :workflowId AND version > :version)""")
                    .bind("workflowId", version.workflowId().value())
                    .bind("version", version.number())
                    .bind("event", Rows.wire(version.trigger().event()))
                    .bindArray("caseTypes", String.class, WorkflowJson.caseTypeNames(version.trigger()))
                    .execute();
        });
    }

    @Override
    public Optional<WorkflowVersion> findVersion(OrganizationId organizationId, WorkflowId id, int number) {
        return db.withHandle(h -> h.createQuery(SELECT_VERSIONS + """
                        WHERE workflow_id = :workflowId AND version = :version
                          AND organization_id = :organizationId""")
                .bind("workflowId", id.value())
                .bind("version", number)
                .bind("organizationId", organizationId.value())
                .map(new VersionMapper())
                .findOne());
    }

    @Override
    public List<WorkflowVersion> listVersions(OrganizationId organizationId, WorkflowId id, int limit,
                                              Optional<Position> after) {
        Optional<Integer> below = after.map(JdbiWorkflowRepository::versionNumber);
        return db.withHandle(h -> {
            Query query = h.createQuery(SELECT_VERSIONS
                    + "WHERE workflow_id = :workflowId AND organization_id = :organizationId"
                    + (below.isPresent() ? " AND version < :below" : "")
                    + " ORDER BY version DESC LIMIT :limit");
            query.bind("workflowId", id.value()).bind("organizationId", organizationId.value()).bind("limit", limit);
            below.ifPresent(number -> query.bind("below", number));
            return query.map(new VersionMapper()).list();
        });
    }

    @Override
    public List<WorkflowVersion> publishedStartingFor(OrganizationId organizationId, Trigger.Event event,
                                                      CaseType caseType) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT v.workflow_id, v.version, v.organization_id, v.name, v.trigger, v.steps, v.published_at
                        FROM workflows w
                        JOIN workflow_versions v ON v.workflow_id = w.id AND v.version = w.published_version
                        WHERE w.organization_id = :organizationId AND w.status = 'published'
                          AND w.published_trigger_event = :event
                          AND (cardinality(w.published_case_types) = 0 OR :caseType = ANY (w.published_case_types))
                        ORDER BY w.created_at, w.id""")
                .bind("organizationId", organizationId.value())
                .bind("event", Rows.wire(event))
                .bind("caseType", caseType.value())
                .map(new VersionMapper())
                .list());
    }

    /** A versions cursor carries a version number; any other cursor was not made for this list. */
    private static int versionNumber(Position position) {
        try {
            return Integer.parseInt(position.id());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("cursor", "is not a cursor this API returned");
        }
    }

    private static final class WorkflowMapper implements RowMapper<Workflow> {
        @Override
        public Workflow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return Workflow.rehydrate(new WorkflowId(rs.getString("id")),
                    new OrganizationId(rs.getString("organization_id")), rs.getString("name"),
                    WorkflowJson.trigger(rs.getString("draft_trigger")),
                    WorkflowJson.steps(rs.getString("draft_steps")),
                    Rows.enumOf(Workflow.Status.class, rs.getString("status")),
                    Rows.nullableInt(rs, "published_version"), Rows.instant(rs, "created_at"),
                    Rows.instant(rs, "updated_at"), rs.getLong("version"));
        }
    }

    private static final class VersionMapper implements RowMapper<WorkflowVersion> {
        @Override
        public WorkflowVersion map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new WorkflowVersion(new WorkflowId(rs.getString("workflow_id")),
                    new OrganizationId(rs.getString("organization_id")), rs.getInt("version"), rs.getString("name"),
                    WorkflowJson.trigger(rs.getString("trigger")), WorkflowJson.publishedSteps(rs.getString("steps")),
                    Rows.instant(rs, "published_at"));
        }
    }
}
