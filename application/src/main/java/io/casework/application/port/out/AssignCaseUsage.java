package io.casework.application.port.out;

import io.casework.domain.organization.OrganizationId;
import java.time.YearMonth;

/** Counts the Assign Case executions of an organization per calendar month (UTC). */
public interface AssignCaseUsage {
    long count(OrganizationId organizationId, YearMonth period);

    /**
     * Counts one more execution unless that would pass {@code limit} (null: no limit). Atomic across
     * processes; rolled back with the surrounding transaction.
     *
     * @return false when the limit is already reached
     */
    boolean tryIncrement(OrganizationId organizationId, YearMonth period, Long limit);

    /**
     * The month's count, locked until the transaction ends, so that a caller can decide many executions in memory
     * and {@link #add} them.
     */
    default long lock(OrganizationId organizationId, YearMonth period) {
        return count(organizationId, period);
    }

    /** Counts {@code executions} more, without a limit (the caller checked it under {@link #lock}). */
    default void add(OrganizationId organizationId, YearMonth period, long executions) {
        for (long i = 0; i < executions; i++) {
            tryIncrement(organizationId, period, null);
        }
    }
}
