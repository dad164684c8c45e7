package io.casework.application.port.in;

import io.casework.application.port.PageRequest;
import io.casework.application.port.Page;

import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.util.Optional;

public interface CaseQueries {
    Case get(OrganizationId organizationId, CaseId id);

    Page<Case> list(OrganizationId organizationId, CaseFilter filter, PageRequest page);

    /** The case's timeline, oldest first. */
    Page<CaseEventView> events(OrganizationId organizationId, CaseId id, PageRequest page);

    /** Why the case's current assignee got it; empty when it has none. */
    Optional<AssignmentExplanation> assignmentExplanation(Case aCase);
}
