package io.casework.application.port.in;

import io.casework.domain.cases.Actor;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.util.Objects;

public record AssignCaseCommand(OrganizationId organizationId, Actor actor, CaseId caseId, AssignmentTarget target) {
    public AssignCaseCommand {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(target, "target");
    }
}
