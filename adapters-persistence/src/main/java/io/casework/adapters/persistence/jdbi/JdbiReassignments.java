package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.out.Reassignments;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseReassigned;
import io.casework.domain.organization.OrganizationId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reassignment jobs in the reassignments table. A claim locks the job's row until the claiming transaction ends
 * and changes nothing: a worker that dies mid-batch leaves the job as the last committed batch left it, and the next
 * claimer goes on from there.
 */
public final class JdbiReassignments implements Reassignments {
    private static final String COLUMNS = """
            id, organization_id, staff_member_id, reason, window_ends_at, moved_case_ids, due_at, created_at""";

    private final JdbiTransactions db;

    public JdbiReassignments(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Job job) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO reassignments (id, organization_id, staff_member_id, reason, window_ends_at,
                                                   status, moved_case_ids, due_at, created_at)
                        VALUES (:id, :organizationId, :staffMemberId, :reason, :windowEndsAt, 'pending', :moved,
                                :dueAt, :createdAt)""")
                .bind("id", job.id())
                .bind("organizationId", job.organizationId().value())
                .bind("staffMemberId", job.staffMemberId().value())
                .bind("reason", Rows.wire(job.reason()))
                .bind("windowEndsAt", job.windowEndsAt())
                .bindArray("moved", String.class, job.moved().stream().map(CaseId::value).toList())
                .bind("dueAt", job.dueAt())
                .bind("createdAt", job.createdAt())
                .execute());
    }

    @Override
    public void cancelPlannedWindows(OrganizationId organizationId, StaffMemberId staffMemberId, Instant now) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE reassignments SET status = 'cancelled', finished_at = :now
                        WHERE organization_id = :organizationId AND staff_member_id = :staffMemberId
                          AND status = 'pending' AND reason = 'out_of_office' AND due_at > :now""")
                .bind("organizationId", organizationId.value())
                .bind("staffMemberId", staffMemberId.value())
                .bind("now", now)
                .execute());
    }

    @Override
    public boolean hasWindowJobSince(OrganizationId organizationId, StaffMemberId staffMemberId, Instant since) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM reassignments
                                       WHERE organization_id = :organizationId AND staff_member_id = :staffMemberId
                                         AND reason = 'out_of_office' AND status <> 'cancelled'
                                         AND due_at >= :since)""")
                .bind("organizationId", organizationId.value())
                .bind("staffMemberId", staffMemberId.value())
                .bind("since", since)
                .mapTo(Boolean.class)
                .one());
    }

    /** SKIP LOCKED passes over a job another worker is moving cases of: no two workers hold the same job. */
    @Override
    public Optional<Job> claimDue(Instant now) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                         FROM reassignments
                        WHERE status = 'pending' AND due_at <= :now
                        ORDER BY due_at, id LIMIT 1
                        FOR UPDATE SKIP LOCKED""")
                .bind("now", now)
                .map(JdbiReassignments::job)
                .findOne());
    }

    @Override
    public void recordMoved(String id, List<CaseId> moved) {
        if (moved.isEmpty()) {
            return;
        }
        db.withHandle(h -> h.createUpdate(
                        "UPDATE reassignments SET moved_case_ids = moved_case_ids || :moved WHERE id = :id")
                .bind("id", id)
                .bindArray("moved", String.class, moved.stream().map(CaseId::value).toList())
                .execute());
    }

    @Override
    public void finish(String id, boolean done, Instant at) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE reassignments SET status = :status, finished_at = :at
                        WHERE id = :id AND status = 'pending'""")
                .bind("id", id)
                .bind("status", done ? "done" : "cancelled")
                .bind("at", at)
                .execute());
    }

    @Override
    public Optional<Instant> nextDueAt() {
        return db.withHandle(h -> h.createQuery(
                        "SELECT min(due_at) AS due_at FROM reassignments WHERE status = 'pending'")
                .map((rs, ctx) -> Optional.ofNullable(Rows.instant(rs, "due_at")))
                .one());
    }

    private static Job job(ResultSet rs, StatementContext ctx) throws SQLException {
        Array moved = rs.getArray("moved_case_ids");
        return new Job(rs.getString("id"), new OrganizationId(rs.getString("organization_id")),
                new StaffMemberId(rs.getString("staff_member_id")),
                Rows.enumOf(CaseReassigned.Reason.class, rs.getString("reason")), Rows.instant(rs, "window_ends_at"),
                Arrays.stream((String[]) moved.getArray()).map(CaseId::new).toList(), Rows.instant(rs, "due_at"),
                Rows.instant(rs, "created_at"));
    }
}
