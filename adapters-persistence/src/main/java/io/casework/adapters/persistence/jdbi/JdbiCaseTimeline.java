package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.out.CaseTimeline;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.CaseAssigned;
import io.casework.domain.cases.CaseEvent;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** Case events in append order (seq); a page starts after the seq of the event its position names. */
public final class JdbiCaseTimeline implements CaseTimeline {
    private static final String COLUMNS = "id, case_id, type, actor_type, actor_id, data, created_at";

    private final JdbiTransactions db;

    public JdbiCaseTimeline(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void append(OrganizationId organizationId, List<CaseEventView> events) {
        db.withHandle(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO case_events (id, organization_id, case_id, type, actor_type, actor_id, data, created_at)
                    VALUES (:id, :organizationId, :caseId, :type, :actorType, :actorId, CAST(:data AS jsonb),
                            :createdAt)""");
            for (CaseEventView stored : events) {
                CaseEvent event = stored.event();
                batch.bind("id", stored.id())
                        .bind("organizationId", organizationId.value())
                        .bind("caseId", stored.caseId().value())
                        .bind("type", CaseEventDocument.type(event))
                        .bind("actorType", Rows.wire(event.actor().type()))
                        .bind("actorId", event.actor().id())
                        .bind("data", CaseEventDocument.data(event))
                        .bind("createdAt", event.occurredAt())
                        .add();
            }
            return batch.execute();
        });
    }

    @Override
    public List<CaseEventView> list(OrganizationId organizationId, CaseId caseId, int limit, Optional<Position> after) {
        Conditions where = Conditions.where("organization_id = :organizationId", "organizationId",
                        organizationId.value())
                .and("case_id = :caseId", "caseId", caseId.value());
        // a position that is no event of this timeline has no seq here, so it lists nothing rather than
        // starting at the place of another case's (or organization's) event
        after.ifPresent(position -> where.and("""
                seq > (SELECT seq FROM case_events
                       WHERE organization_id = :organizationId AND case_id = :caseId AND id = :afterId)""",
                "afterId", position.id()));
        return db.withHandle(h -> where.bind(h.createQuery("SELECT " + COLUMNS + " FROM case_events WHERE "
                        + where.sql() + " ORDER BY seq LIMIT :limit"))
                .bind("limit", limit)
                .map(JdbiCaseTimeline::event)
                .list());
    }

    @Override
    public Optional<CaseAssigned> lastAssigned(OrganizationId organizationId, CaseId caseId) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                         FROM case_events
                        WHERE organization_id = :organizationId AND case_id = :caseId AND type = 'case.assigned'
                        ORDER BY seq DESC LIMIT 1""")
                .bind("organizationId", organizationId.value())
                .bind("caseId", caseId.value())
                .map(JdbiCaseTimeline::event)
                .findOne()
                .map(view -> (CaseAssigned) view.event()));
    }

    private static CaseEventView event(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CaseEventView(rs.getString("id"), new CaseId(rs.getString("case_id")),
                CaseEventDocument.read(rs.getString("type"), rs.getString("data"),
                        new Actor(Rows.enumOf(Actor.Type.class, rs.getString("actor_type")), rs.getString("actor_id")),
                        Rows.instant(rs, "created_at")));
    }
}
