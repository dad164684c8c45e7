package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.in.ConflictException;
import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.domain.assignee.Availability;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.StaffStatus;
import io.casework.domain.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

public final class JdbiStaffMemberRepository implements StaffMemberRepository {
    static final String COLUMNS = """
            id, organization_id, email, name, role, status, availability, max_active_cases, out_of_office, created_at,
            version""";

    private final JdbiTransactions db;

    public JdbiStaffMemberRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(StaffMember member) {
        try {
            db.withHandle(h -> h.createUpdate("""
                            INSERT INTO staff_members (id, organization_id, email, email_normalized, name, role, status,
                                                       availability, max_active_cases, out_of_office, created_at,
                                                       version)
                            VALUES (:id, :organizationId, :email, :emailNormalized, :name, :role, :status,
                                    :availability, :maxActiveCases, CAST(:outOfOffice AS jsonb), :createdAt,
                                    :version)""")
                    .bind("id", member.id().value())
                    .bind("organizationId", member.organizationId().value())
                    .bind("createdAt", member.createdAt())
                    .bind("version", member.version())
                    .bindMap(state(member))
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            throw emailTaken(e, member);
        }
    }

    @Override
    public Optional<StaffMember> find(OrganizationId organizationId, StaffMemberId id) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM staff_members WHERE organization_id = :organizationId AND id = :id")
                .bind("organizationId", organizationId.value())
                .bind("id", id.value())
                .map(JdbiStaffMemberRepository::member)
                .findOne());
    }

    @Override
    public List<StaffMember> withEmail(Email email) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM staff_members WHERE email_normalized = :emailNormalized ORDER BY created_at, id")
                .bind("emailNormalized", email.normalized())
                .map(JdbiStaffMemberRepository::member)
                .list());
    }

    @Override
    public List<StaffMemberId> existing(OrganizationId organizationId, Collection<StaffMemberId> ids) {
        Set<String> found = new HashSet<>(db.withHandle(h -> h.createQuery("""
                        SELECT id FROM staff_members WHERE organization_id = :organizationId AND id = ANY(:ids)""")
                .bind("organizationId", organizationId.value())
                .bindArray("ids", String.class, ids.stream().map(StaffMemberId::value).toList())
                .mapTo(String.class)
                .list()));
        return ids.stream().distinct().filter(id -> found.contains(id.value())).toList();
    }

    @Override
    public void update(StaffMember member) {
        int updated;
        try {
            updated = db.withHandle(h -> h.createUpdate("""
                            UPDATE staff_members
                            SET email = :email, email_normalized = :emailNormalized, name = :name, role = :role,
                                status = :status, availability = :availability, max_active_cases = :maxActiveCases,
                                out_of_office = CAST(:outOfOffice AS jsonb), version = version + 1
                            WHERE organization_id = :organizationId AND id = :id AND version = :version""")
                    .bind("organizationId", member.organizationId().value())
                    .bind("id", member.id().value())
                    .bind("version", member.version())
                    .bindMap(state(member))
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            throw emailTaken(e, member);
        }
        if (updated == 0) {
            throw new StaleVersionException("staff member", member.id().value());
        }
    }

    /** What a member's insert and update both write, by parameter name. */
    private static Map<String, Object> state(StaffMember member) {
        Map<String, Object> state = new HashMap<>();
        state.put("email", member.email().value());
        state.put("emailNormalized", member.email().normalized());
        state.put("name", member.name());
        state.put("role", Rows.wire(member.role()));
        state.put("status", Rows.wire(member.status()));
        state.put("availability", Rows.wire(member.availability()));
        state.put("maxActiveCases", member.maxActiveCases()); // may be null: Map.of would refuse it
        state.put("outOfOffice", OutOfOfficeJson.write(member.outOfOffice()));
        return state;
    }

    /** The conflict a unique violation of the address means, or the error as it was. */
    private static RuntimeException emailTaken(UnableToExecuteStatementException e, StaffMember member) {
        if (UniqueViolations.of(e, "staff_members_email_unique")) {
            return new ConflictException("a staff member with email " + member.email() + " exists");
        }
        return e;
    }

    @Override
    public List<StaffMember> list(OrganizationId organizationId, int limit, Optional<Position> after) {
        Conditions where = Conditions.where("organization_id = :organizationId", "organizationId",
                organizationId.value());
        after.ifPresent(where::before);
        return db.withHandle(h -> where.bind(h.createQuery("SELECT " + COLUMNS + " FROM staff_members WHERE "
                        + where.sql() + " ORDER BY created_at DESC, id DESC LIMIT :limit"))
                .bind("limit", limit)
                .map(JdbiStaffMemberRepository::member)
                .list());
    }

    /** Reads the {@link #COLUMNS}. */
    static StaffMember member(ResultSet rs, StatementContext ctx) throws SQLException {
        return StaffMember.rehydrate(new StaffMemberId(rs.getString("id")),
                new OrganizationId(rs.getString("organization_id")), new Email(rs.getString("email")),
                rs.getString("name"), Rows.enumOf(Role.class, rs.getString("role")),
                Rows.enumOf(StaffStatus.class, rs.getString("status")),
                Rows.enumOf(Availability.class, rs.getString("availability")), Rows.nullableInt(rs, "max_active_cases"),
                OutOfOfficeJson.read(rs.getString("out_of_office")), Rows.instant(rs, "created_at"),
                rs.getLong("version"));
    }
}
