package io.casework.domain.cases;

import io.casework.domain.assignee.Assignee;
import java.time.Instant;
import java.util.Objects;

/** Who holds a case, who put them there, and when. */
public record Assignment(Assignee assignee, Actor assignedBy, Instant assignedAt) {
    public Assignment {
        Objects.requireNonNull(assignee);
        Objects.requireNonNull(assignedBy);
        Objects.requireNonNull(assignedAt);
    }
}
