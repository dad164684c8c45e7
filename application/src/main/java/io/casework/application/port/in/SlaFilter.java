package io.casework.application.port.in;

import io.casework.domain.cases.Case;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Which cases a list keeps by their SLA: {@code sla=breached} or {@code sla=due_within_minutes:N}. */
public sealed interface SlaFilter {
    boolean matches(Case c);

    /** Cases with at least one breached deadline. */
    record Breached() implements SlaFilter {
        @Override
        public boolean matches(Case c) {
            return c.sla().map(s -> s.isBreached()).orElse(false);
        }
    }

    /** Cases whose next deadline that can still be missed falls within {@code within} of the time the list is read. */
    record DueWithin(Duration within) implements SlaFilter {
        public DueWithin {
            Objects.requireNonNull(within);
        }

        @Override
        public boolean matches(Case c) {
            throw new IllegalStateException("a list is filtered by DueBy, the time DueWithin gives at the moment it is read");
        }

        public DueBy at(Instant now) {
            return new DueBy(now.plus(within));
        }
    }

    /** Cases whose next deadline that can still be missed is at or before {@code dueBy}. */
    record DueBy(Instant dueBy) implements SlaFilter {
        public DueBy {
            Objects.requireNonNull(dueBy);
        }

        @Override
        public boolean matches(Case c) {
            return c.slaDueAt().map(due -> !due.isAfter(dueBy)).orElse(false);
        }
    }
}
