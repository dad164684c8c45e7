package io.casework.application.service.cases;

import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.in.CaseFilter;
import io.casework.application.port.in.CaseQueries;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.in.SlaFilter;
import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseAssigned;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.time.Clock;
import java.util.Optional;

public final class CaseQueryService implements CaseQueries {
    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final Clock clock;

    public CaseQueryService(CaseRepository cases, CaseTimeline timeline, Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public Case get(OrganizationId organizationId, CaseId id) {
        return find(cases, organizationId, id);
    }

    @Override
    public Page<Case> list(OrganizationId organizationId, CaseFilter filter, PageRequest page) {
        // "due within N minutes" is from now, the application's clock
        CaseFilter asOfNow = filter.withSla(filter.sla().map(f -> f instanceof SlaFilter.DueWithin within
                ? within.at(clock.instant()) : f));
        return Page.fromOverfetch(cases.list(organizationId, asOfNow, page.limit() + 1, page.after()), page.limit(),
                c -> new PageRequest.Position(c.createdAt(), c.id().value()));
    }

    @Override
    public Page<CaseEventView> events(OrganizationId organizationId, CaseId id, PageRequest page) {
        find(cases, organizationId, id);
        return Page.fromOverfetch(timeline.list(organizationId, id, page.limit() + 1, page.after()), page.limit(),
                e -> new PageRequest.Position(e.event().occurredAt(), e.id()));
    }

    @Override
    public Optional<AssignmentExplanation> assignmentExplanation(Case aCase) {
        if (aCase.assignment().isEmpty()) {
            return Optional.empty();
        }
        return timeline.lastAssigned(aCase.organizationId(), aCase.id())
                .filter(assigned -> assigned.assignee().equals(aCase.assignment().get().assignee()))
                .map(CaseAssigned::why);
    }

    static Case find(CaseRepository cases, OrganizationId organizationId, CaseId id) {
        return cases.find(organizationId, id).orElseThrow(() -> new NotFoundException("case", id.value()));
    }
}
