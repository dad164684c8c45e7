package io.casework.domain.workflow;

import io.casework.domain.cases.CaseType;
import java.util.List;
import java.util.Objects;

/**
 * What starts a workflow: every new case, or every missed SLA deadline of a case (of the listed types; none listed
 * means all), or only a manual run.
 */
public record Trigger(Event event, List<CaseType> caseTypes) {
    public enum Event {
        CASE_CREATED, MANUAL, CASE_SLA_BREACHED,
        /**
         * A run's event only, never a published trigger: the run was queued because the member its workflow had
         * assigned the case to became unavailable (see {@code service.reassignment}).
         */
        ASSIGNEE_UNAVAILABLE
    }

    public Trigger {
        Objects.requireNonNull(event);
        caseTypes = caseTypes == null ? List.of() : List.copyOf(caseTypes);
    }

    public boolean startsFor(CaseType type) {
        return startsFor(Event.CASE_CREATED, type);
    }

    public boolean startsFor(Event happened, CaseType type) {
        return happened != Event.MANUAL && event == happened && (caseTypes.isEmpty() || caseTypes.contains(type));
    }
}
