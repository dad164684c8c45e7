package io.casework.domain.sla;

import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which of an organization's policies applies to a case: the most specific one that matches it. */
public final class SlaPolicies {
    /** The most policies an organization keeps. */
    public static final int MAX_POLICIES = 100;

    private SlaPolicies() {
    }

    /**
     * Type and priority, then type, then priority, then the default; a list holds at most one policy per match key, so
     * the choice is unique.
     */
    public static Optional<SlaPolicy> choose(List<SlaPolicy> policies, CaseType type, Priority priority) {
        return policies.stream()
                .filter(p -> p.matches(type, priority))
                .max(Comparator.comparingInt(SlaPolicy::specificity));
    }
}
