package io.casework.domain.cases;

import io.casework.domain.assignee.Assignee;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A case was given to {@code assignee}, taken from {@code previousAssignee} if it had one; {@code why} explains the choice. */
public record CaseAssigned(Optional<Assignee> previousAssignee, Assignee assignee, AssignmentExplanation why,
                           Actor actor, Instant occurredAt) implements CaseEvent {
    public CaseAssigned {
        Objects.requireNonNull(previousAssignee);
        Objects.requireNonNull(assignee);
        Objects.requireNonNull(why);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(occurredAt);
    }
}
