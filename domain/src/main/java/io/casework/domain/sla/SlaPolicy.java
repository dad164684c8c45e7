package io.casework.domain.sla;

import io.casework.domain.cases.CaseSla;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How soon a case must be assigned ({@code firstResponseMinutes}, optional) and resolved, for the cases it matches:
 * those of one of {@code caseTypes} (empty: any type) at {@code priority} (null: any priority).
 */
public record SlaPolicy(SlaPolicyId id, List<CaseType> caseTypes, Priority priority, Integer firstResponseMinutes,
                        int resolutionMinutes) {
    /** A year: longer is not a service level. */
    public static final int MAX_MINUTES = 525_600;

    public SlaPolicy {
        Objects.requireNonNull(id);
        caseTypes = caseTypes == null ? List.of() : List.copyOf(caseTypes);
        if (Set.copyOf(caseTypes).size() != caseTypes.size()) {
            throw new InvalidValueException("case_types", "lists a case type twice");
        }
        if (firstResponseMinutes != null) {
            requireMinutes("first_response_minutes", firstResponseMinutes);
        }
        requireMinutes("resolution_minutes", resolutionMinutes);
    }

    public boolean matches(CaseType type, Priority casePriority) {
        return (caseTypes.isEmpty() || caseTypes.contains(type)) && (priority == null || priority == casePriority);
    }

    /** Type and priority (3) beats type (2), which beats priority (1), which beats the default (0). */
    public int specificity() {
        return (caseTypes.isEmpty() ? 0 : 2) + (priority == null ? 0 : 1);
    }

    /** The pairs this policy matches on; two policies of a list may not share one. */
    public List<MatchKey> matchKeys() {
        if (caseTypes.isEmpty()) {
            return List.of(new MatchKey(Optional.empty(), Optional.ofNullable(priority)));
        }
        return caseTypes.stream().map(t -> new MatchKey(Optional.of(t), Optional.ofNullable(priority))).toList();
    }

    /** The deadlines for a case created at {@code createdAt}. */
    public CaseSla deadlinesFrom(Instant createdAt) {
        return new CaseSla(id.value(),
                firstResponseMinutes == null ? null : createdAt.plus(Duration.ofMinutes(firstResponseMinutes)),
                createdAt.plus(Duration.ofMinutes(resolutionMinutes)), Set.of());
    }

    private static void requireMinutes(String field, int minutes) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new InvalidValueException(field, "must be 1 to " + MAX_MINUTES + " minutes");
        }
    }

    public record MatchKey(Optional<CaseType> caseType, Optional<Priority> priority) {
    }
}
