package io.casework.application.port.out;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.CaseEventView;
import io.casework.domain.cases.CaseAssigned;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

/** Every case's events, in the order they happened. */
public interface CaseTimeline {
    void append(OrganizationId organizationId, List<CaseEventView> events);

    /** Oldest first, at most {@code limit} events after {@code after}. */
    List<CaseEventView> list(OrganizationId organizationId, CaseId caseId, int limit, Optional<Position> after);

    /** The case's latest {@code case.assigned} event, if it has one. */
    Optional<CaseAssigned> lastAssigned(OrganizationId organizationId, CaseId caseId);
}
