package io.casework.application.port.in;

import io.casework.application.port.PageRequest;
import io.casework.application.port.Page;

import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.util.Optional;

public interface NotificationQueries {
    /** Newest first. */
    Page<NotificationView> list(OrganizationId organizationId, Optional<CaseId> caseId,
                                Optional<NotificationView.Status> status, PageRequest page);
}
