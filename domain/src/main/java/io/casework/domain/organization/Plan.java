package io.casework.domain.organization;

/** Pricing plans. Only the Startup Program limits the Assign Case step. */
public enum Plan {
    STARTUP_PROGRAM(true),
    ESSENTIAL(false),
    GROWTH(false),
    ENTERPRISE(false);

    private final boolean assignCaseLimited;

    Plan(boolean assignCaseLimited) {
        this.assignCaseLimited = assignCaseLimited;
    }

    public boolean limitsAssignCase() {
        return assignCaseLimited;
    }
}
