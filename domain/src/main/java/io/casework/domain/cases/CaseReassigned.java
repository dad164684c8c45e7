package io.casework.domain.cases;

import io.casework.domain.assignee.Assignee;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A case was moved away from {@code previousAssignee} because they became unavailable ({@code reason}); it is now
 * held by {@code assignee} (a team's queue), or by nobody (left for a new workflow run, or for a person to assign).
 * It follows the {@link CaseAssigned} or {@link CaseUnassigned} that moved it.
 */
public record CaseReassigned(Assignee previousAssignee, Optional<Assignee> assignee, Reason reason, Actor actor,
                             Instant occurredAt) implements CaseEvent {
    /** Why the previous assignee could no longer work the case. */
    public enum Reason {
        DEACTIVATED, AWAY, OUT_OF_OFFICE
    }

    public CaseReassigned {
        Objects.requireNonNull(previousAssignee);
        Objects.requireNonNull(assignee);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(occurredAt);
    }
}
