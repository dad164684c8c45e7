package io.casework.domain.cases;

import java.time.Instant;
import java.util.Objects;

/** A case was opened with this type and priority. */
public record CaseCreated(CaseType caseType, Priority priority, Actor actor, Instant occurredAt) implements CaseEvent {
    public CaseCreated {
        Objects.requireNonNull(caseType);
        Objects.requireNonNull(priority);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(occurredAt);
    }
}
