package io.casework.domain.cases;

public enum CaseStatus {
    OPEN, PENDING, RESOLVED;

    /** Open and pending cases count towards a reviewer's load. */
    public boolean isActive() {
        return this != RESOLVED;
    }
}
