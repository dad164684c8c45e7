package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.out.AssignCaseUsage;
import io.casework.domain.organization.OrganizationId;
import java.time.YearMonth;

public final class JdbiAssignCaseUsage implements AssignCaseUsage {
    private final JdbiTransactions db;

    public JdbiAssignCaseUsage(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public long count(OrganizationId organizationId, YearMonth period) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT executions FROM assign_case_usage WHERE organization_id = :org AND period = :period""")
                .bind("org", organizationId.value())
                .bind("period", period.toString())
                .mapTo(Long.class)
                .findOne()
                .orElse(0L));
    }

    /** One statement: the upsert creates the month's row if need be and locks it either way. */
    @Override
    public long lock(OrganizationId organizationId, YearMonth period) {
        return db.withHandle(h -> h.createQuery("""
                        INSERT INTO assign_case_usage AS u (organization_id, period, executions)
                        VALUES (:org, :period, 0)
                        ON CONFLICT (organization_id, period) DO UPDATE SET executions = u.executions
                        RETURNING executions""")
                .bind("org", organizationId.value())
                .bind("period", period.toString())
                .mapTo(Long.class)
                .one());
    }

    @Override
    public void add(OrganizationId organizationId, YearMonth period, long executions) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO assign_case_usage AS u (organization_id, period, executions)
                        VALUES (:org, :period, :executions)
                        ON CONFLICT (organization_id, period) DO UPDATE SET executions = u.executions + :executions""")
                .bind("org", organizationId.value())
                .bind("period", period.toString())
                .bind("executions", executions)
                .execute());
    }

    /** One statement: the row lock taken by the upsert serializes concurrent increments of one month. */
    @Override
    public boolean tryIncrement(OrganizationId organizationId, YearMonth period, Long limit) {
        return db.withHandle(h -> h.createQuery("""
                        INSERT INTO assign_case_usage AS u (organization_id, period, executions)
                        SELECT :org, :period, 1 WHERE coalesce(:limit, 1) >= 1
                        ON CONFLICT (organization_id, period) DO UPDATE SET executions = u.executions + 1
                        WHERE :limit IS NULL OR u.executions < :limit
                        RETURNING executions""")
                .bind("org", organizationId.value())
                .bind("period", period.toString())
                .bind("limit", limit)
                .mapTo(Long.class)
                .findOne()
                .isPresent());
    }
}
