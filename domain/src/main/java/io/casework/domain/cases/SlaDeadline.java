package io.casework.domain.cases;

/** The two deadlines an SLA policy sets a case: to get an assignee (first response) and to be resolved. */
public enum SlaDeadline {
    ASSIGN_BY, RESOLVE_BY
}
