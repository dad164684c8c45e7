package io.casework.adapters.persistence.jdbi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.CaseFilter;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.out.CaseRepository;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.Email;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Assignment;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseSla;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.SlaDeadline;
import io.casework.application.port.in.SlaFilter;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.cases.Subject;
import io.casework.domain.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

public final class JdbiCaseRepository implements CaseRepository {
    static final String COLUMNS = """
            id, organization_id, case_type, priority, subject, attributes, tags, status, resolution, resolved_at, \
            assignee_type, assignee_id, assigned_by_type, assigned_by_id, assigned_at, created_at, updated_at, \
            sla_policy, sla_assign_by, sla_resolve_by, sla_breached, version""";

    private static final String UPDATE = """
            UPDATE cases
            SET priority = :priority, attributes = CAST(:attributes AS jsonb), tags = :tags,
                status = :status, resolution = :resolution, resolved_at = :resolvedAt, assignee_type = :assigneeType,
                assignee_id = :assigneeId, assigned_by_type = :assignedByType,
                assigned_by_id = :assignedById, assigned_at = :assignedAt, updated_at = :updatedAt,
                sla_policy = :slaPolicy, sla_assign_by = :slaAssignBy, sla_resolve_by = :slaResolveBy,
                sla_breached = :slaBreached, sla_due_at = :slaDueAt, version = :version
            WHERE organization_id = :organizationId AND id = :id AND version = :loadedVersion""";

    private final JdbiTransactions db;

    public JdbiCaseRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Case aCase) {
        addAll(List.of(aCase));
    }

    /** One JDBC batch: one round trip. */
    @Override
    public void addAll(List<Case> added) {
        if (added.isEmpty()) {
            return;
        }
        db.withHandle(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO cases (id, organization_id, case_type, priority, subject, attributes, tags, status,
                                       resolution, resolved_at, assignee_type, assignee_id, assigned_by_type,
                                       assigned_by_id, assigned_at, created_at, updated_at, sla_policy,
                                       sla_assign_by, sla_resolve_by, sla_breached, sla_due_at, version)
                    VALUES (:id, :organizationId, :caseType, :priority, CAST(:subject AS jsonb),
                            CAST(:attributes AS jsonb), :tags, :status, :resolution, :resolvedAt, :assigneeType,
                            :assigneeId, :assignedByType, :assignedById, :assignedAt, :createdAt, :updatedAt,
                            :slaPolicy, :slaAssignBy, :slaResolveBy, :slaBreached, :slaDueAt, :version)""");
            for (Case aCase : added) {
                bindState(batch, aCase)
                        .bind("caseType", aCase.type().value())
                        .bind("subject", subject(aCase.subject()))
                        .bind("createdAt", aCase.createdAt())
                        .add();
            }
            return batch.execute();
        });
    }

    @Override
    public Optional<Case> find(OrganizationId organizationId, CaseId id) {
        return findOne(organizationId, id, "");
    }

    @Override
    public Optional<Case> findForUpdate(OrganizationId organizationId, CaseId id) {
        return findOne(organizationId, id, " FOR UPDATE");
    }

    @Override
    public void update(Case aCase) {
        int updated = db.withHandle(h -> bindState(h.createUpdate(UPDATE), aCase)
                .bind("loadedVersion", aCase.loadedVersion())
                .execute());
        if (updated == 0) {
            throw new StaleVersionException("case", aCase.id().value());
        }
    }

    /** One statement, locking in id order. */
    @Override
    public List<Case> lockAll(OrganizationId organizationId, Collection<CaseId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM cases WHERE organization_id = :organizationId AND id = ANY(:ids) ORDER BY id FOR UPDATE")
                .bind("organizationId", organizationId.value())
                .bindArray("ids", String.class, ids.stream().map(CaseId::value).distinct().toList())
                .map(JdbiCaseRepository::toCase)
                .list());
    }

    /** One JDBC batch of the same update {@link #update} makes: one round trip. */
    @Override
    public void updateAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        int[] updated = db.withHandle(h -> {
            PreparedBatch batch = h.prepareBatch(UPDATE);
            for (Change change : changes) {
                bindState(batch, change.state()).bind("loadedVersion", change.storedVersion()).add();
            }
            return batch.execute();
        });
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                throw new StaleVersionException("case", changes.get(i).state().id().value());
            }
        }
    }

    @Override
    public List<Case> list(OrganizationId organizationId, CaseFilter filter, int limit, Optional<Position> after) {
        Conditions where = Conditions.where("organization_id = :organizationId", "organizationId",
                organizationId.value());
        filter.status().ifPresent(status -> where.and("status = :status", "status", Rows.wire(status)));
        filter.caseType().ifPresent(type -> where.and("case_type = :caseType", "caseType", type.value()));
        filter.assigneeId().ifPresent(id -> where.and("assignee_id = :assigneeId", "assigneeId", id));
        filter.priority().ifPresent(priority -> where.and("priority = :priority", "priority", Rows.wire(priority)));
        filter.referenceId().ifPresent(id -> where.and("subject->>'reference_id' = :referenceId", "referenceId", id));
        filter.assigneeIdIn().ifPresent(ids -> where.and("assignee_id = ANY(:assigneeIds)", "assigneeIds",
                ids.stream().sorted().toArray(String[]::new)));
        if (filter.activeOnly()) {
            where.and("status <> :resolved", "resolved", Rows.wire(CaseStatus.RESOLVED));
        }
        filter.sla().ifPresent(sla -> slaCondition(where, sla));
        after.ifPresent(where::before);
        return db.withHandle(h -> where.bind(h.createQuery("SELECT " + COLUMNS + " FROM cases WHERE " + where.sql()
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit"))
                .bind("limit", limit)
                .map(JdbiCaseRepository::toCase)
                .list());
    }

    /** Each matches its partial index: cases_sla_breached, cases_sla_due_by_organization. */
    private static void slaCondition(Conditions where, SlaFilter sla) {
        if (sla instanceof SlaFilter.Breached) {
            where.and("sla_breached <> '{}'");
        } else if (sla instanceof SlaFilter.DueBy due) {
            where.and("sla_due_at IS NOT NULL AND sla_due_at <= :slaDueBy", "slaDueBy", due.dueBy());
        } else {
            throw new IllegalArgumentException("a list is filtered by the time a deadline is due by, not " + sla);
        }
    }

    private Optional<Case> findOne(OrganizationId organizationId, CaseId id, String lock) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM cases WHERE organization_id = :organizationId AND id = :id" + lock)
                .bind("organizationId", organizationId.value())
                .bind("id", id.value())
                .map(JdbiCaseRepository::toCase)
                .findOne());
    }

    /** Binds what both an insert and an update write. */
    private static <S extends SqlStatement<S>> S bindState(S statement, Case aCase) {
        Optional<Assignment> assignment = aCase.assignment();
        Optional<CaseSla> sla = aCase.sla();
        return statement.bind("id", aCase.id().value())
                .bind("organizationId", aCase.organizationId().value())
                .bind("priority", Rows.wire(aCase.priority()))
                .bind("attributes", JsonColumns.write(aCase.attributes()))
                .bindArray("tags", String.class, aCase.tags())
                .bind("status", Rows.wire(aCase.status()))
                .bind("resolution", aCase.resolution())
                .bind("resolvedAt", aCase.resolvedAt().orElse(null))
                .bind("assigneeType", assignment.map(a -> Rows.wire(a.assignee().kind())).orElse(null))
                .bind("assigneeId", assignment.map(a -> a.assignee().id()).orElse(null))
                .bind("assignedByType", assignment.map(a -> Rows.wire(a.assignedBy().type())).orElse(null))
                .bind("assignedById", assignment.map(a -> a.assignedBy().id()).orElse(null))
                .bind("assignedAt", assignment.map(Assignment::assignedAt).orElse(null))
                .bind("updatedAt", aCase.updatedAt())
                .bind("slaPolicy", sla.map(CaseSla::policy).orElse(null))
                .bind("slaAssignBy", sla.map(CaseSla::assignBy).orElse(null))
                .bind("slaResolveBy", sla.map(CaseSla::resolveBy).orElse(null))
                .bindArray("slaBreached", String.class, sla.map(s -> s.breached().stream().sorted().map(Rows::wire)
                        .toList()).orElse(List.of()))
                .bind("slaDueAt", aCase.slaDueAt().orElse(null))
                .bind("version", aCase.version());
    }

    static Case toCase(ResultSet rs, StatementContext ctx) throws SQLException {
        return Case.rehydrate(new CaseId(rs.getString("id")), new OrganizationId(rs.getString("organization_id")),
                new CaseType(rs.getString("case_type")), Rows.enumOf(Priority.class, rs.getString("priority")),
                subject(rs.getString("subject")), JsonColumns.readObject(rs.getString("attributes")),
                Rows.texts(rs, "tags"), Rows.enumOf(CaseStatus.class, rs.getString("status")),
                rs.getString("resolution"), Rows.instant(rs, "resolved_at"), assignment(rs),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"), sla(rs), rs.getLong("version"));
    }

    private static CaseSla sla(ResultSet rs) throws SQLException {
        String policy = rs.getString("sla_policy");
        if (policy == null) {
            return null;
        }
        return new CaseSla(policy, Rows.instant(rs, "sla_assign_by"), Rows.instant(rs, "sla_resolve_by"),
                Rows.texts(rs, "sla_breached").stream().map(d -> Rows.enumOf(SlaDeadline.class, d))
                        .collect(Collectors.toSet()));
    }

    private static Assignment assignment(ResultSet rs) throws SQLException {
        String assigneeType = rs.getString("assignee_type");
        if (assigneeType == null) {
            return null;
        }
        Assignee assignee = new Assignee(Rows.enumOf(Assignee.Kind.class, assigneeType), rs.getString("assignee_id"));
        Actor assignedBy = new Actor(Rows.enumOf(Actor.Type.class, rs.getString("assigned_by_type")),
                rs.getString("assigned_by_id"));
        return new Assignment(assignee, assignedBy, Rows.instant(rs, "assigned_at"));
    }

    /** A subject as a JSON object with all three parts, null ones included; no subject is SQL NULL. */
    private static String subject(Subject subject) {
        if (subject == null) {
            return null;
        }
        ObjectNode json = JsonColumns.newObject();
        json.put("reference_id", subject.referenceId());
        json.put("name", subject.name());
        json.put("email", subject.email() == null ? null : subject.email().value());
        return JsonColumns.write(json);
    }

    private static Subject subject(String stored) {
        if (stored == null) {
            return null;
        }
        JsonNode json = JsonColumns.readTree(stored);
        String email = JsonColumns.text(json, "email");
        return new Subject(JsonColumns.text(json, "reference_id"), JsonColumns.text(json, "name"),
                email == null ? null : new Email(email));
    }
}
