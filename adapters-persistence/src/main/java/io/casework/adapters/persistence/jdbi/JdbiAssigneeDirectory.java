package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.out.AssigneeDirectory;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Row locks on staff_members and teams, held until the caller's transaction ends. Whatever depends on other
 * transactions' work and lives in other rows (a team's members) is read by a statement of its own after the lock
 * is granted: under READ COMMITTED each statement sees what was committed before it started, so it sees the work
 * of the transaction it waited for. A member's load lives in the member's own row, which the locking statement
 * reads as the transaction it waited for left it.
 */
public final class JdbiAssigneeDirectory implements AssigneeDirectory {
    /** The member columns, of the staff_members row aliased {@code s}. */
    private static final String MEMBER_COLUMNS = Rows.qualified("s", JdbiStaffMemberRepository.COLUMNS);

    private final JdbiTransactions db;

    public JdbiAssigneeDirectory(JdbiTransactions db) {
        this.db = db;
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
                .map(JdbiAssigneeDirectory::candidate)
                .list());
    }

    /**
     * Two statements: the team's row (its rotation's last pick is a column of it), then, once that lock is granted,
     * its members joined with their rows, locked in id order. The second statement starts after the first
     * transaction that held the team is over, so it sees the membership as that transaction left it.
     */
    @Override
    public Optional<LockedTeam> lockTeam(OrganizationId organizationId, TeamId id) {
        return db.withHandle(h -> h.createQuery("""
                                SELECT name, created_at, version, rotation_last_member_id FROM teams
                                WHERE organization_id = :organizationId AND id = :id FOR UPDATE""")
                        .bind("organizationId", organizationId.value())
                        .bind("id", id.value())
                        .map((rs, ctx) -> new TeamRow(rs.getString("name"), Rows.instant(rs, "created_at"),
                                rs.getLong("version"), Optional.ofNullable(rs.getString("rotation_last_member_id"))
                                .map(StaffMemberId::new)))
                        .findOne())
                .map(row -> {
                    List<Candidate> members = lockMembers(organizationId, id);
                    Team team = Team.rehydrate(id, organizationId, row.name(),
                            members.stream().map(c -> c.member().id()).toList(), row.createdAt(), row.version());
                    return new LockedTeam(team, members, row.lastRotationPick());
                });
    }

    /**
     * Three statements whatever the number of teams: the teams' rows in id order, then (once those locks are
     * granted) their members and the other members together, in id order, then the teams' membership, which the
     * team locks guard.
     */
    @Override
    public Locked lockAll(OrganizationId organizationId, Collection<TeamId> teamIds,
                          Collection<StaffMemberId> memberIds) {
        return all(organizationId, teamIds, memberIds, " FOR UPDATE");
    }

    /** The same statements as {@link #lockAll} without FOR UPDATE: plain reads, which wait for no writer. */
    @Override
    public Locked readAll(OrganizationId organizationId, Collection<TeamId> teamIds,
                          Collection<StaffMemberId> memberIds) {
        return all(organizationId, teamIds, memberIds, "");
    }

    private Locked all(OrganizationId organizationId, Collection<TeamId> teamIds, Collection<StaffMemberId> memberIds,
                       String lock) {
        List<String> teamKeys = teamIds.stream().map(TeamId::value).distinct().toList();
        List<String> memberKeys = memberIds.stream().map(StaffMemberId::value).distinct().toList();
        return db.withHandle(h -> {
            Map<String, TeamRow> rows = new LinkedHashMap<>();
            if (!teamKeys.isEmpty()) {
                h.createQuery("""
                                SELECT id, name, created_at, version, rotation_last_member_id FROM teams
                                WHERE organization_id = :organizationId AND id = ANY(:ids) ORDER BY id""" + lock)
                        .bind("organizationId", organizationId.value())
                        .bindArray("ids", String.class, teamKeys)
                        .map((rs, ctx) -> Map.entry(rs.getString("id"), new TeamRow(rs.getString("name"),
                                Rows.instant(rs, "created_at"), rs.getLong("version"),
                                Optional.ofNullable(rs.getString("rotation_last_member_id")).map(StaffMemberId::new))))
                        .forEach(e -> rows.put(e.getKey(), e.getValue()));
            }
            Map<StaffMemberId, Candidate> members = new LinkedHashMap<>();
            h.createQuery("""
                            SELECT %s, last_assigned_at, active_cases FROM staff_members
                            WHERE organization_id = :organizationId
                              AND (id = ANY(:ids) OR id IN (SELECT staff_member_id FROM team_members
                                                            WHERE organization_id = :organizationId
                                                              AND team_id = ANY(:teams)))
                            ORDER BY id""".formatted(JdbiStaffMemberRepository.COLUMNS) + lock)
                    .bind("organizationId", organizationId.value())
                    .bindArray("ids", String.class, memberKeys)
                    .bindArray("teams", String.class, List.copyOf(rows.keySet()))
                    .map(JdbiAssigneeDirectory::candidate)
                    .forEach(c -> members.put(c.member().id(), c));
            Map<String, List<StaffMemberId>> membership = new LinkedHashMap<>();
            rows.keySet().forEach(id -> membership.put(id, new ArrayList<>()));
            if (!rows.isEmpty()) {
                h.createQuery("""
                                SELECT team_id, staff_member_id FROM team_members
                                WHERE organization_id = :organizationId AND team_id = ANY(:teams)
                                ORDER BY team_id, position""")
                        .bind("organizationId", organizationId.value())
                        .bindArray("teams", String.class, List.copyOf(rows.keySet()))
                        .map((rs, ctx) -> Map.entry(rs.getString("team_id"),
                                new StaffMemberId(rs.getString("staff_member_id"))))
                        .forEach(e -> membership.get(e.getKey()).add(e.getValue()));
            }
            Map<TeamId, LockedTeam> teams = new LinkedHashMap<>();
            rows.forEach((id, row) -> {
                TeamId teamId = new TeamId(id);
                List<StaffMemberId> order = membership.get(id).stream().filter(members::containsKey).toList();
                Team team = Team.rehydrate(teamId, organizationId, row.name(), order, row.createdAt(), row.version());
                teams.put(teamId, new LockedTeam(team, order.stream().map(members::get).toList(),
                        row.lastRotationPick()));
            });
            return new Locked(teams, members);
        });
    }

    /** The team's members with their load, in the team's order; locked in id order, as everywhere. */
    private List<Candidate> lockMembers(OrganizationId organizationId, TeamId id) {
        record Positioned(long position, Candidate candidate) {
        }
        return db.withHandle(h -> h.createQuery("""
                        SELECT %s, s.last_assigned_at, s.active_cases, m.position
                        FROM team_members m
                        JOIN staff_members s ON s.organization_id = m.organization_id AND s.id = m.staff_member_id
                        WHERE m.organization_id = :organizationId AND m.team_id = :id
                        ORDER BY s.id FOR UPDATE OF s""".formatted(MEMBER_COLUMNS))
                .bind("organizationId", organizationId.value())
                .bind("id", id.value())
                .map((rs, ctx) -> new Positioned(rs.getLong("position"), candidate(rs, ctx)))
                .list())
                .stream()
                .sorted(Comparator.comparingLong(Positioned::position))
                .map(Positioned::candidate)
                .toList();
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

    /** One statement for both rows. */
    @Override
    public void recordRotationPick(OrganizationId organizationId, TeamId id, StaffMemberId picked, Instant at) {
        db.withHandle(h -> h.createUpdate("""
                        WITH rotation AS (
                            UPDATE teams SET rotation_last_member_id = :picked
                            WHERE organization_id = :organizationId AND id = :id)
                        UPDATE staff_members SET last_assigned_at = :at
                        WHERE organization_id = :organizationId AND id = :picked""")
                .bind("organizationId", organizationId.value())
                .bind("id", id.value())
                .bind("picked", picked.value())
                .bind("at", at)
                .execute());
    }

    /** One statement for all the rows. */
    @Override
    public void recordAssignments(OrganizationId organizationId, Map<TeamId, StaffMemberId> rotationPicks,
                                  Map<StaffMemberId, Instant> lastAssigned) {
        if (rotationPicks.isEmpty() && lastAssigned.isEmpty()) {
            return;
        }
        db.withHandle(h -> h.createUpdate("""
                        WITH rotation AS (
                            UPDATE teams AS t SET rotation_last_member_id = p.member
                            FROM unnest(:teams, :picked) AS p(team, member)
                            WHERE t.organization_id = :organizationId AND t.id = p.team)
                        UPDATE staff_members AS s SET last_assigned_at = a.at
                        FROM unnest(:members, CAST(:ats AS timestamptz[])) AS a(member, at)
                        WHERE s.organization_id = :organizationId AND s.id = a.member""")
                .bind("organizationId", organizationId.value())
                .bindArray("teams", String.class, rotationPicks.keySet().stream().map(TeamId::value).toList())
                .bindArray("picked", String.class, rotationPicks.values().stream().map(StaffMemberId::value).toList())
                .bindArray("members", String.class, lastAssigned.keySet().stream().map(StaffMemberId::value).toList())
                .bindArray("ats", String.class, lastAssigned.values().stream().map(Instant::toString).toList())
                .execute());
    }

    /** A member's row with its load columns, {@code active_cases} and {@code last_assigned_at}. */
    private static Candidate candidate(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Candidate(JdbiStaffMemberRepository.member(rs, ctx), rs.getLong("active_cases"),
                Rows.instant(rs, "last_assigned_at"));
    }

    private record TeamRow(String name, Instant createdAt, long version, Optional<StaffMemberId> lastRotationPick) {
    }
}
