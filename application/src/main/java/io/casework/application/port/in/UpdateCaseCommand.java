package io.casework.application.port.in;

import io.casework.domain.cases.Actor;
import io.casework.domain.cases.CaseChange;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.util.Objects;
import java.util.OptionalLong;

public record UpdateCaseCommand(OrganizationId organizationId, Actor actor, CaseId caseId,
                                OptionalLong expectedVersion, CaseChange change) {
    public UpdateCaseCommand {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(change, "change");
    }
}
