package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.out.TeamRepository;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Teams, with their members in team_members; a member's position is the rotation order. */
public final class JdbiTeamRepository implements TeamRepository {
    /** A team with its members, in one statement so both come from the same snapshot. */
    private static final String SELECT = """
            SELECT id, organization_id, name, created_at, version,
                   ARRAY(SELECT staff_member_id FROM team_members
                         WHERE team_members.team_id = teams.id ORDER BY position) AS member_ids
            FROM teams
            """;

    private final JdbiTransactions db;

    public JdbiTeamRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Team team) {
        db.run(() -> db.withHandle(h -> {
            h.createUpdate("""
                            INSERT INTO teams (id, organization_id, name, created_at, version)
                            VALUES (:id, :organizationId, :name, :createdAt, :version)""")
                    .bind("id", team.id().value())
                    .bind("organizationId", team.organizationId().value())
                    .bind("name", team.name())
                    .bind("createdAt", team.createdAt())
                    .bind("version", team.version())
                    .execute();
            return insertMembers(h, team);
        }));
    }

    @Override
    public Optional<Team> find(OrganizationId organizationId, TeamId id) {
        return db.withHandle(h -> h.createQuery(SELECT + "WHERE organization_id = :organizationId AND id = :id")
                .bind("organizationId", organizationId.value())
                .bind("id", id.value())
                .map(JdbiTeamRepository::team)
                .findOne());
    }

    @Override
    public void update(Team team) {
        db.run(() -> db.withHandle(h -> {
            int updated = h.createUpdate("""
                            UPDATE teams SET name = :name, version = version + 1
                            WHERE organization_id = :organizationId AND id = :id AND version = :version""")
                    .bind("organizationId", team.organizationId().value())
                    .bind("id", team.id().value())
                    .bind("version", team.version())
                    .bind("name", team.name())
                    .execute();
            if (updated == 0) {
                throw new StaleVersionException("team", team.id().value());
            }
            h.createUpdate("DELETE FROM team_members WHERE organization_id = :organizationId AND team_id = :id")
                    .bind("organizationId", team.organizationId().value())
                    .bind("id", team.id().value())
                    .execute();
            return insertMembers(h, team);
        }));
    }

    @Override
    public List<Team> list(OrganizationId organizationId, int limit, Optional<Position> after) {
        Conditions where = Conditions.where("organization_id = :organizationId", "organizationId",
                organizationId.value());
        after.ifPresent(where::before);
        return db.withHandle(h -> where.bind(h.createQuery(SELECT + "WHERE " + where.sql()
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit"))
                .bind("limit", limit)
                .map(JdbiTeamRepository::team)
                .list());
    }

    private static int insertMembers(Handle h, Team team) {
        return h.createUpdate("""
                        INSERT INTO team_members (organization_id, team_id, position, staff_member_id)
                        SELECT :organizationId, :teamId, m.position, m.staff_member_id
                        FROM unnest(:memberIds) WITH ORDINALITY AS m (staff_member_id, position)""")
                .bind("organizationId", team.organizationId().value())
                .bind("teamId", team.id().value())
                .bindArray("memberIds", String.class, team.memberIds().stream().map(StaffMemberId::value).toList())
                .execute();
    }

    private static Team team(ResultSet rs, StatementContext ctx) throws SQLException {
        return Team.rehydrate(new TeamId(rs.getString("id")), new OrganizationId(rs.getString("organization_id")),
                rs.getString("name"), Rows.texts(rs, "member_ids").stream().map(StaffMemberId::new).toList(),
                Rows.instant(rs, "created_at"), rs.getLong("version"));
    }
}
