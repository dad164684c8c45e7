package io.casework.application.testing;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.out.CaseTimeline;
import io.casework.domain.cases.CaseAssigned;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class InMemoryCaseTimeline implements CaseTimeline, InMemoryTransactions.Participant {
    private record Entry(OrganizationId organizationId, CaseEventView event, long sequence) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized void append(OrganizationId organizationId, List<CaseEventView> events) {
        events.forEach(e -> entries.add(new Entry(organizationId, e, entries.size())));
    }

    @Override
    public synchronized List<CaseEventView> list(OrganizationId organizationId, CaseId caseId, int limit,
                                               Optional<Position> after) {
        List<Entry> timeline = entries.stream()
                .filter(e -> e.organizationId().equals(organizationId) && e.event().caseId().equals(caseId))
                .toList();
        // a position that is no event of this timeline lists nothing
        long start = after.map(a -> timeline.stream().filter(e -> e.event().id().equals(a.id()))
                .mapToLong(Entry::sequence).findFirst().orElse(Long.MAX_VALUE)).orElse(-1L);
        return timeline.stream()
                .filter(e -> e.sequence() > start)
                .limit(limit)
                .map(Entry::event)
                .toList();
    }

    @Override
    public synchronized Optional<CaseAssigned> lastAssigned(OrganizationId organizationId, CaseId caseId) {
        return entries.stream()
                .filter(e -> e.organizationId().equals(organizationId) && e.event().caseId().equals(caseId))
                .map(e -> e.event().event())
                .filter(CaseAssigned.class::isInstance)
                .map(CaseAssigned.class::cast)
                .reduce((first, second) -> second);
    }

    @Override
    public synchronized Runnable snapshot() {
        return InMemoryTransactions.Participant.restoring(this, entries);
    }
}
