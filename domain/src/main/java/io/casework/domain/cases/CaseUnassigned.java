package io.casework.domain.cases;

import io.casework.domain.assignee.Assignee;
import java.time.Instant;
import java.util.Objects;

/** A case was taken from {@code previousAssignee} and left with nobody. */
public record CaseUnassigned(Assignee previousAssignee, Actor actor, Instant occurredAt) implements CaseEvent {
    public CaseUnassigned {
        Objects.requireNonNull(previousAssignee);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(occurredAt);
    }
}
