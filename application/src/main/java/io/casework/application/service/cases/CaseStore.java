package io.casework.application.service.cases;

import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.domain.cases.Case;
import java.util.List;

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

    public void save(Case aCase) {
        if (aCase.isNew()) {
            cases.add(aCase);
        } else if (aCase.hasChanged()) {
            cases.update(aCase);
        }
        List<CaseEventView> events = aCase.pullEvents().stream()
                .map(e -> new CaseEventView(ids.next("evt_"), aCase.id(), e))
                .toList();
        if (!events.isEmpty()) {
            timeline.append(aCase.organizationId(), events);
        }
    }
}
