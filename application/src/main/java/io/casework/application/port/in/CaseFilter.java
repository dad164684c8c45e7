package io.casework.application.port.in;

import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.cases.Subject;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which cases a list shows. Empty parts match everything; {@code assigneeId} is a staff member's or a team's id;
 * {@code referenceId} matches the subject's {@code reference_id} exactly.
 * {@code assigneeIdIn} keeps cases held by any one of these assignees (an empty set matches no case): the
 * dashboard's team queue, the cases held by the teams a person belongs to. {@code activeOnly} keeps open and
 * pending cases. {@code sla} keeps cases by their SLA ({@link SlaFilter}).
 */
public record CaseFilter(Optional<CaseStatus> status, Optional<CaseType> caseType, Optional<String> assigneeId,
                         Optional<Priority> priority, Optional<String> referenceId,
                         Optional<Set<String>> assigneeIdIn, boolean activeOnly, Optional<SlaFilter> sla) {
    public CaseFilter {
        Objects.requireNonNull(sla, "sla");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(assigneeId, "assigneeId");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(referenceId, "referenceId");
        assigneeIdIn = assigneeIdIn.map(Set::copyOf);
    }

    public CaseFilter(Optional<CaseStatus> status, Optional<CaseType> caseType, Optional<String> assigneeId,
                      Optional<Priority> priority, Optional<String> referenceId,
                      Optional<Set<String>> assigneeIdIn, boolean activeOnly) {
        this(status, caseType, assigneeId, priority, referenceId, assigneeIdIn, activeOnly, Optional.empty());
    }

    /** The same filter, keeping cases by their SLA too. */
    public CaseFilter withSla(Optional<SlaFilter> slaFilter) {
        return new CaseFilter(status, caseType, assigneeId, priority, referenceId, assigneeIdIn, activeOnly, slaFilter);
    }

    /** The filters the API offers: status, case type, assignee, priority and the subject's reference id. */
    public CaseFilter(Optional<CaseStatus> status, Optional<CaseType> caseType, Optional<String> assigneeId,
                      Optional<Priority> priority, Optional<String> referenceId) {
        this(status, caseType, assigneeId, priority, referenceId, Optional.empty(), false);
    }

    public static CaseFilter none() {
        return new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public boolean matches(Case c) {
        Optional<String> held = c.assignee().map(Assignee::id);
        Optional<String> reference = Optional.ofNullable(c.subject()).map(Subject::referenceId);
        return status.map(s -> s == c.status()).orElse(true)
                && caseType.map(t -> t.equals(c.type())).orElse(true)
                && assigneeId.map(id -> held.filter(id::equals).isPresent()).orElse(true)
                && priority.map(p -> p == c.priority()).orElse(true)
                && referenceId.map(id -> reference.filter(id::equals).isPresent()).orElse(true)
                && assigneeIdIn.map(ids -> held.filter(ids::contains).isPresent()).orElse(true)
                && (!activeOnly || c.isActive())
                && sla.map(f -> f.matches(c)).orElse(true);
    }
}
