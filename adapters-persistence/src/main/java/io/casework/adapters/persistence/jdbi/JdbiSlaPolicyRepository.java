package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.out.SlaPolicyRepository;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.sla.SlaPolicy;
import io.casework.domain.sla.SlaPolicyId;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;

public final class JdbiSlaPolicyRepository implements SlaPolicyRepository {
    private final JdbiTransactions db;

    public JdbiSlaPolicyRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public List<SlaPolicy> list(OrganizationId organizationId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT id, case_types, priority, first_response_minutes, resolution_minutes
                        FROM sla_policies WHERE organization_id = :organizationId ORDER BY position""")
                .bind("organizationId", organizationId.value())
                .map((rs, ctx) -> {
                    String priority = rs.getString("priority");
                    return new SlaPolicy(new SlaPolicyId(rs.getString("id")),
                            rs.getArray("case_types") == null ? null
                                    : Rows.texts(rs, "case_types").stream().map(CaseType::new).toList(),
                            priority == null ? null : Rows.enumOf(Priority.class, priority),
                            Rows.nullableInt(rs, "first_response_minutes"), rs.getInt("resolution_minutes"));
                })
                .list());
    }

    @Override
    public void replace(OrganizationId organizationId, List<SlaPolicy> policies) {
        db.withHandle(h -> {
            h.createUpdate("DELETE FROM sla_policies WHERE organization_id = :organizationId")
                    .bind("organizationId", organizationId.value())
                    .execute();
            PreparedBatch batch = h.prepareBatch("""
                    -- no case types (any type) is stored as NULL
                    INSERT INTO sla_policies (id, organization_id, position, case_types, priority,
                                              first_response_minutes, resolution_minutes)
                    VALUES (:id, :organizationId, :position, NULLIF(CAST(:caseTypes AS text[]), '{}'), :priority,
                            :firstResponseMinutes,
                            :resolutionMinutes)""");
            for (int i = 0; i < policies.size(); i++) {
                SlaPolicy policy = policies.get(i);
                batch.bindArray("caseTypes", String.class, policy.caseTypes().stream().map(CaseType::value).toList())
                        .bind("id", policy.id().value())
                        .bind("organizationId", organizationId.value())
                        .bind("position", i)
                        .bind("priority", policy.priority() == null ? null : Rows.wire(policy.priority()))
                        .bind("firstResponseMinutes", policy.firstResponseMinutes())
                        .bind("resolutionMinutes", policy.resolutionMinutes())
                        .add();
            }
            if (!policies.isEmpty()) {
                batch.execute();
            }
            return null;
        });
    }
}
