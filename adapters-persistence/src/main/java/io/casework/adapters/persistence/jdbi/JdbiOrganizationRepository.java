package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.out.OrganizationRepository;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.organization.ReassignmentSettings;
import java.util.Optional;

public final class JdbiOrganizationRepository implements OrganizationRepository {
    private final JdbiTransactions db;

    public JdbiOrganizationRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Organization organization) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO organizations (id, name, plan, created_at, reassign_on_unavailable,
                                                   reassign_after_hours)
                        VALUES (:id, :name, :plan, :createdAt, :onUnavailable, :afterHours)""")
                .bind("id", organization.id().value())
                .bind("onUnavailable", Rows.wire(organization.reassignment().onUnavailable()))
                .bind("afterHours", organization.reassignment().afterHours())
                .bind("name", organization.name())
                .bind("plan", Rows.wire(organization.plan()))
                .bind("createdAt", organization.createdAt())
                .execute());
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT id, name, plan, created_at, reassign_on_unavailable, reassign_after_hours
                        FROM organizations WHERE id = :id""")
                .bind("id", id.value())
                .map((rs, ctx) -> Organization.rehydrate(new OrganizationId(rs.getString("id")), rs.getString("name"),
                        Rows.enumOf(Plan.class, rs.getString("plan")), Rows.instant(rs, "created_at"),
                        new ReassignmentSettings(Rows.enumOf(ReassignmentSettings.OnUnavailable.class,
                                rs.getString("reassign_on_unavailable")), rs.getInt("reassign_after_hours"))))
                .findOne());
    }

    @Override
    public void update(Organization organization) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE organizations SET name = :name, plan = :plan,
                                                 reassign_on_unavailable = :onUnavailable,
                                                 reassign_after_hours = :afterHours
                        WHERE id = :id""")
                .bind("id", organization.id().value())
                .bind("onUnavailable", Rows.wire(organization.reassignment().onUnavailable()))
                .bind("afterHours", organization.reassignment().afterHours())
                .bind("name", organization.name())
                .bind("plan", Rows.wire(organization.plan()))
                .execute());
    }
}
