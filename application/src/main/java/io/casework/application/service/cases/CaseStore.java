package io.casework.application.service.cases;

import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.OrganizationId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stores a case with the events it recorded, so state and timeline never disagree. Call inside a transaction. */
public final class CaseStore {
    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final IdGenerator ids;

    public CaseStore(CaseRepository cases, CaseTimeline timeline, IdGenerator ids) {
        this.cases = cases;
        this.timeline = timeline;
        this.ids = ids;
    }

    /** Adds new cases with their events, a statement per table for all of them. */
    public void addAll(List<Case> added) {
        cases.addAll(added);
        Map<OrganizationId, List<CaseEventView>> events = new LinkedHashMap<>();
        for (Case aCase : added) {
            events.computeIfAbsent(aCase.organizationId(), org -> new ArrayList<>()).addAll(pullEvents(aCase));
        }
        events.forEach(timeline::append);
    }

    public void save(Case aCase) {
        if (aCase.isNew()) {
            cases.add(aCase);
        } else if (aCase.hasChanged()) {
            cases.update(aCase);
        }
        List<CaseEventView> events = pullEvents(aCase);
        if (!events.isEmpty()) {
            timeline.append(aCase.organizationId(), events);
        }
    }

    /** The events the case recorded since it was last stored, each with the id it is stored under. */
    private List<CaseEventView> pullEvents(Case aCase) {
        return aCase.pullEvents().stream()
                .map(e -> new CaseEventView(ids.next("evt_"), aCase.id(), e))
                .toList();
    }
}
