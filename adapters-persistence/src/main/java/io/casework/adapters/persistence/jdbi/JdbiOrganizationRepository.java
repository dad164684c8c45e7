package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.out.OrganizationRepository;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import java.util.Optional;

public final class JdbiOrganizationRepository implements OrganizationRepository {
    private final JdbiTransactions db;

    public JdbiOrganizationRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Organization organization) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO organizations (id, name, plan, created_at) VALUES (:id, :name, :plan, :createdAt)""")
                .bind("id", organization.id().value())
                .bind("name", organization.name())
                .bind("plan", Rows.wire(organization.plan()))
                .bind("createdAt", organization.createdAt())
                .execute());
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        return db.withHandle(h -> h.createQuery("SELECT id, name, plan, created_at FROM organizations WHERE id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> Organization.rehydrate(new OrganizationId(rs.getString("id")), rs.getString("name"),
                        Rows.enumOf(Plan.class, rs.getString("plan")), Rows.instant(rs, "created_at")))
                .findOne());
    }

    @Override
    public void update(Organization organization) {
        db.withHandle(h -> h.createUpdate("UPDATE organizations SET name = :name, plan = :plan WHERE id = :id")
                .bind("id", organization.id().value())
                .bind("name", organization.name())
                .bind("plan", Rows.wire(organization.plan()))
                .execute());
    }
}
