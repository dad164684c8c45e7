package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.out.Sessions;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Optional;

public final class JdbiSessions implements Sessions {
    private final JdbiTransactions db;

    public JdbiSessions(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Session session) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO sessions (id_hash, organization_id, staff_member_id, created_at, last_seen_at)
                        VALUES (:idHash, :organizationId, :staffMemberId, :createdAt, :createdAt)""")
                .bind("idHash", session.idHash())
                .bind("organizationId", session.organizationId().value())
                .bind("staffMemberId", session.staffMemberId().value())
                .bind("createdAt", session.createdAt())
                .execute());
    }

    @Override
    public Optional<Session> touch(String idHash, Instant idleSince, Instant now) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE sessions SET last_seen_at = :now
                        WHERE id_hash = :idHash AND last_seen_at > :idleSince
                        RETURNING id_hash, organization_id, staff_member_id, created_at""")
                .bind("idHash", idHash)
                .bind("idleSince", idleSince)
                .bind("now", now)
                .map((rs, ctx) -> new Session(rs.getString("id_hash"),
                        new OrganizationId(rs.getString("organization_id")),
                        new StaffMemberId(rs.getString("staff_member_id")), Rows.instant(rs, "created_at")))
                .findOne());
    }

    @Override
    public void remove(String idHash) {
        db.withHandle(h -> h.createUpdate("DELETE FROM sessions WHERE id_hash = :idHash")
                .bind("idHash", idHash)
                .execute());
    }
}
