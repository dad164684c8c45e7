package io.casework.domain.cases;

import java.time.Instant;

/** One entry of a case's timeline: what changed, who changed it, and when. */
public sealed interface CaseEvent permits CaseCreated, CaseAssigned, CaseUnassigned, CaseUpdated,
        CaseReassigned, CaseSlaBreached {
    Actor actor();

    Instant occurredAt();
}
