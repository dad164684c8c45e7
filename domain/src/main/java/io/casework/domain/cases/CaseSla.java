package io.casework.domain.cases;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The deadlines the SLA policy named {@code policy} set a case: {@code assignBy} (null when the policy sets no first
 * response time) and {@code resolveBy}; {@code breached} lists the deadlines that passed unmet, for good.
 */
public record CaseSla(String policy, Instant assignBy, Instant resolveBy, Set<SlaDeadline> breached) {
    public CaseSla {
        Objects.requireNonNull(policy);
        Objects.requireNonNull(resolveBy);
        breached = breached.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(breached));
    }

    public Optional<Instant> deadline(SlaDeadline deadline) {
        return Optional.ofNullable(deadline == SlaDeadline.ASSIGN_BY ? assignBy : resolveBy);
    }

    public boolean isBreached() {
        return !breached.isEmpty();
    }

    CaseSla withBreached(SlaDeadline deadline) {
        EnumSet<SlaDeadline> now = breached.isEmpty() ? EnumSet.noneOf(SlaDeadline.class) : EnumSet.copyOf(breached);
        now.add(deadline);
        return new CaseSla(policy, assignBy, resolveBy, now);
    }
}
