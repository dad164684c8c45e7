package io.casework.application.port.in;

import io.casework.domain.cases.Actor;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.cases.Subject;
import io.casework.domain.organization.OrganizationId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code priority}, {@code subject}, {@code attributes} and {@code tags} may be null for their defaults. */
public record CreateCaseCommand(OrganizationId organizationId, Actor actor, CaseType caseType, Priority priority,
                                Subject subject, Map<String, Object> attributes, List<String> tags) {
    public CreateCaseCommand {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(caseType, "caseType");
    }
}
