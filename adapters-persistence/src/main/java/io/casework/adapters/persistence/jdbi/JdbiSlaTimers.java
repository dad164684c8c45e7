package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.out.SlaTimers;
import io.casework.domain.cases.Case;
import java.time.Instant;
import java.util.List;

/** The timers are the cases' own sla_due_at, indexed where set (cases_sla_due). */
public final class JdbiSlaTimers implements SlaTimers {
    private final JdbiTransactions db;

    public JdbiSlaTimers(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public List<Case> claimDue(Instant now, int max) {
        return db.withHandle(h -> h.createQuery("SELECT " + JdbiCaseRepository.COLUMNS + """
                         FROM cases WHERE sla_due_at IS NOT NULL AND sla_due_at <= :now
                        ORDER BY sla_due_at LIMIT :max
                        FOR UPDATE SKIP LOCKED""")
                .bind("now", now)
                .bind("max", max)
                .map(JdbiCaseRepository::toCase)
                .list());
    }
}
