package io.casework.domain.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Fields of a case changed; each present {@link Change} is one field that really changed. A change that
 * {@link #resolves()} or {@link #reopens()} the case is shown and stored as {@code case.resolved} or
 * {@code case.reopened}, with the same changes.
 */
public record CaseUpdated(Optional<Change<CaseStatus>> status, Optional<Change<String>> resolution,
                          Optional<Change<Priority>> priority, Optional<Change<List<String>>> tags,
                          Optional<Change<Map<String, Object>>> attributes, Actor actor, Instant occurredAt)
        implements CaseEvent {
    public CaseUpdated {
        Objects.requireNonNull(status);
        Objects.requireNonNull(resolution);
        Objects.requireNonNull(priority);
        Objects.requireNonNull(tags);
        Objects.requireNonNull(attributes);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(occurredAt);
    }

    /** The change resolved the case: its status went from open or pending to resolved. */
    public boolean resolves() {
        return status.map(change -> change.to() == CaseStatus.RESOLVED).orElse(false);
    }

    /** The change reopened the case: its status went from resolved to open or pending. */
    public boolean reopens() {
        return status.map(change -> change.from() == CaseStatus.RESOLVED).orElse(false);
    }

    /** A field's value before and after; either may be null where the field may be (a resolution). */
    public record Change<T>(T from, T to) {
    }
}
