package io.casework.application.service.notification;

import io.casework.application.port.in.NotificationQueries;
import io.casework.application.port.in.NotificationView;
import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.util.Optional;

public final class NotificationQueryService implements NotificationQueries {
    private final NotificationOutbox outbox;

    public NotificationQueryService(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Page<NotificationView> list(OrganizationId organizationId, Optional<CaseId> caseId,
                                       Optional<NotificationView.Status> status, PageRequest page) {
        return Page.fromOverfetch(outbox.list(organizationId, caseId, status, page.limit() + 1, page.after()),
                page.limit(), n -> new PageRequest.Position(n.createdAt(), n.id()));
    }
}
