package io.casework.application.testing;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.CaseFilter;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.out.CaseRepository;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import io.casework.application.port.out.SlaTimers;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryCaseRepository implements CaseRepository, SlaTimers, InMemoryTransactions.Participant {
    private final Map<CaseId, Case> cases = new LinkedHashMap<>();

    @Override
    public synchronized void add(Case aCase) {
        cases.put(aCase.id(), copy(aCase, aCase.version()));
    }

    @Override
    public synchronized Optional<Case> find(OrganizationId organizationId, CaseId id) {
        return Optional.ofNullable(cases.get(id)).filter(c -> c.organizationId().equals(organizationId))
                .map(c -> copy(c, c.loadedVersion()));
    }

    @Override
    public Optional<Case> findForUpdate(OrganizationId organizationId, CaseId id) {
        return find(organizationId, id);
    }

    @Override
    public synchronized void update(Case aCase) {
        Case stored = cases.get(aCase.id());
        if (stored == null || !stored.organizationId().equals(aCase.organizationId())
                || stored.loadedVersion() != aCase.loadedVersion()) {
            throw new StaleVersionException("case", aCase.id().value());
        }
        cases.put(aCase.id(), copy(aCase, aCase.version()));
    }

    @Override
    public synchronized void updateAll(List<Change> changes) {
        for (Change change : changes) {
            Case stored = cases.get(change.state().id());
            if (stored == null || !stored.organizationId().equals(change.state().organizationId())
                    || stored.loadedVersion() != change.storedVersion()) {
                throw new StaleVersionException("case", change.state().id().value());
            }
        }
        changes.forEach(change -> cases.put(change.state().id(), copy(change.state(), change.state().version())));
    }

    @Override
    public synchronized List<Case> list(OrganizationId organizationId, CaseFilter filter, int limit,
                                        Optional<Position> after) {
        return InMemoryPages.newestFirst(cases.values().stream()
                        .filter(c -> c.organizationId().equals(organizationId) && filter.matches(c)),
                c -> new Position(c.createdAt(), c.id().value()), limit, after);
    }

    /** Without locks: the fakes run one transaction at a time. */
    @Override
    public synchronized List<Case> claimDue(Instant now, int max) {
        return cases.values().stream()
                .filter(c -> c.slaDueAt().filter(due -> !due.isAfter(now)).isPresent())
                .sorted(Comparator.comparing((Case c) -> c.slaDueAt().orElseThrow()))
                .limit(max)
                .map(c -> copy(c, c.loadedVersion()))
                .toList();
    }

    /** Open and pending cases held by the assignee with this id. */
    synchronized long activeCases(String assigneeId) {
        return cases.values().stream()
                .filter(c -> c.isActive() && c.assignee().map(Assignee::id).filter(assigneeId::equals).isPresent())
                .count();
    }

    private static Case copy(Case c, long version) {
        return Case.rehydrate(c.id(), c.organizationId(), c.type(), c.priority(), c.subject(), c.attributes(), c.tags(),
                c.status(), c.resolution(), c.resolvedAt().orElse(null), c.assignment().orElse(null), c.createdAt(),
                c.updatedAt(), c.sla().orElse(null), version);
    }

    @Override
    public synchronized Runnable snapshot() {
        return InMemoryTransactions.Participant.restoring(this, cases);
    }
}
