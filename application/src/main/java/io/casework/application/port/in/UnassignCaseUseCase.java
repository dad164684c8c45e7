package io.casework.application.port.in;

import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;

public interface UnassignCaseUseCase {
    Case unassign(OrganizationId organizationId, Actor actor, CaseId caseId);
}
