package io.casework.application.service.webhook;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.out.CaseTimeline;
import io.casework.domain.cases.CaseAssigned;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

/**
 * The case timeline, queuing webhooks for the events appended to it: every change of a case (through the API or a
 * workflow step) appends its events here in its transaction, so no path can forget the webhooks.
 */
public final class WebhookTimeline implements CaseTimeline {
    private final CaseTimeline timeline;
    private final WebhookEvents webhooks;

    public WebhookTimeline(CaseTimeline timeline, WebhookEvents webhooks) {
        this.timeline = timeline;
        this.webhooks = webhooks;
    }

    @Override
    public void append(OrganizationId organizationId, List<CaseEventView> events) {
        timeline.append(organizationId, events);
        webhooks.caseEvents(organizationId, events);
    }

    @Override
    public List<CaseEventView> list(OrganizationId organizationId, CaseId caseId, int limit, Optional<Position> after) {
        return timeline.list(organizationId, caseId, limit, after);
    }

    @Override
    public Optional<CaseAssigned> lastAssigned(OrganizationId organizationId, CaseId caseId) {
        return timeline.lastAssigned(organizationId, caseId);
    }
}
