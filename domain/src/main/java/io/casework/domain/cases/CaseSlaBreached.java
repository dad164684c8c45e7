package io.casework.domain.cases;

import java.time.Instant;
import java.util.Objects;

/** A deadline of the case's SLA passed with the case not assigned ({@code assign_by}) or not resolved. */
public record CaseSlaBreached(SlaDeadline deadline, Actor actor, Instant occurredAt) implements CaseEvent {
    public CaseSlaBreached {
        Objects.requireNonNull(deadline);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(occurredAt);
    }
}
