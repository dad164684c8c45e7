package io.casework.application.service.organization;

import io.casework.domain.organization.Plan;

/** What each plan allows; only the Startup Program caps Assign Case, at a configured monthly number. */
public record PlanLimits(long startupProgramAssignCaseMonthlyLimit) {
    public PlanLimits {
        if (startupProgramAssignCaseMonthlyLimit < 0) {
            throw new IllegalArgumentException("the monthly Assign Case limit cannot be negative");
        }
    }

    /** The monthly Assign Case limit of {@code plan}, or null when it has none. */
    public Long assignCaseMonthlyLimit(Plan plan) {
        return plan.limitsAssignCase() ? startupProgramAssignCaseMonthlyLimit : null;
    }
}
