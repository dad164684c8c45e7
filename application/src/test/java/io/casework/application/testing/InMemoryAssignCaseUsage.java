package io.casework.application.testing;

import io.casework.application.port.out.AssignCaseUsage;
import io.casework.domain.organization.OrganizationId;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

public final class InMemoryAssignCaseUsage implements AssignCaseUsage, InMemoryTransactions.Participant {
    private final Map<String, Long> counts = new HashMap<>();

    @Override
    public synchronized long count(OrganizationId organizationId, YearMonth period) {
        return counts.getOrDefault(organizationId.value() + "/" + period, 0L);
    }

    @Override
    public synchronized boolean tryIncrement(OrganizationId organizationId, YearMonth period, Long limit) {
        String key = organizationId.value() + "/" + period;
        long current = counts.getOrDefault(key, 0L);
        if (limit != null && current >= limit) {
            return false;
        }
        counts.put(key, current + 1);
        return true;
    }

    /** Lets a test start the period over, as a new month would. */
    public synchronized void reset(OrganizationId organizationId, YearMonth period) {
        counts.remove(organizationId.value() + "/" + period);
    }

    @Override
    public synchronized Runnable snapshot() {
        return InMemoryTransactions.Participant.restoring(this, counts);
    }
}
