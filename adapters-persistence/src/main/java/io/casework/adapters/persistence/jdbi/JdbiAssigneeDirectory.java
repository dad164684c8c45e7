package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.out.AssigneeDirectory;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Row locks on staff_members and teams, held until the caller's transaction ends. Whatever depends on other
 * transactions' work and lives in other rows (a team's members) is read by a statement of its own after the lock
 * is granted: under READ COMMITTED each statement sees what was committed before it started, so it sees the work
 * of the transaction it waited for. A member's load lives in the member's own row, which the locking statement
 * reads as the transaction it waited for left it.
 */
public final class JdbiAssigneeDirectory implements AssigneeDirectory {
    private final JdbiTransactions db;
    private final JdbiTeamRepository teams;

    public JdbiAssigneeDirectory(JdbiTransactions db, JdbiTeamRepository teams) {
        this.db = db;
        this.teams = teams;
    }

    /**
     * The open and pending cases of each member come from staff_members.active_cases, which a trigger on cases keeps
     * (changeset 005) under the member's row lock: this statement waits for any transaction changing them, then
     * reads the row as that transaction left it.
     */
    @Override
    public List<Candidate> lockStaffMembers(OrganizationId organizationId, Collection<StaffMemberId> ids) {
        // ORDER BY id: rows are locked in the order they are returned, the same for every transaction
        return db.withHandle(h -> h.createQuery("""
                        SELECT %s, last_assigned_at, active_cases FROM staff_members
                        WHERE organization_id = :organizationId AND id = ANY(:ids)
                        ORDER BY id FOR UPDATE""".formatted(JdbiStaffMemberRepository.COLUMNS))
                .bind("organizationId", organizationId.value())
                .bindArray("ids", String.class, ids.stream().map(StaffMemberId::value).toList())
                .map((rs, ctx) -> new Candidate(JdbiStaffMemberRepository.member(rs, ctx), rs.getLong("active_cases"),
                        Rows.instant(rs, "last_assigned_at")))
                .list());
    }

    @Override
    public Optional<Team> lockTeam(OrganizationId organizationId, TeamId id) {
        boolean exists = db.withHandle(h -> h.createQuery("""
                        SELECT id FROM teams WHERE organization_id = :organizationId AND id = :id FOR UPDATE""")
                .bind("organizationId", organizationId.value())
                .bind("id", id.value())
                .mapTo(String.class)
                .findOne()
                .isPresent());
        return exists ? teams.find(organizationId, id) : Optional.empty();
    }

    @Override
    public Optional<StaffMemberId> lastRotationPick(OrganizationId organizationId, TeamId id) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT rotation_last_member_id FROM teams
                        WHERE organization_id = :organizationId AND id = :id AND rotation_last_member_id IS NOT NULL""")
                .bind("organizationId", organizationId.value())
                .bind("id", id.value())
                .mapTo(String.class)
                .findOne()
                .map(StaffMemberId::new));
    }

    @Override
    public void recordRotationPick(OrganizationId organizationId, TeamId id, StaffMemberId picked) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE teams SET rotation_last_member_id = :picked
                        WHERE organization_id = :organizationId AND id = :id""")
                .bind("organizationId", organizationId.value())
                .bind("id", id.value())
                .bind("picked", picked.value())
                .execute());
    }

    @Override
    public void recordAssignment(OrganizationId organizationId, StaffMemberId id, Instant at) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE staff_members SET last_assigned_at = :at
                        WHERE organization_id = :organizationId AND id = :id""")
                .bind("organizationId", organizationId.value())
                .bind("id", id.value())
                .bind("at", at)
                .execute());
    }
}
