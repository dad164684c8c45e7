package io.casework.adapters.rest.cases;

import io.casework.adapters.rest.dto.Violations;
import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.in.CreateCaseCommand;
import io.casework.domain.assignee.Email;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.cases.Subject;
import io.casework.domain.organization.OrganizationId;
import java.util.List;
import java.util.Map;

/** Only {@code case_type} is required; the case's own rules check tags and lengths. */
public record CreateCaseRequest(String caseType, String priority, SubjectBody subject, Map<String, Object> attributes,
                                List<String> tags) {
    public record SubjectBody(String referenceId, String name, String email) {
        Subject toSubject(Violations violations) {
            Email address = violations.optional("subject.email", email, Email::new);
            return violations.check(() -> Subject.given(referenceId, name, address));
        }
    }

    public CreateCaseCommand toCommand(OrganizationId organizationId, Actor actor) {
        Violations violations = new Violations();
        CaseType type = violations.required("case_type", caseType, CaseType::new);
        Priority level = violations.optional("priority", priority, WireNames.parser(Priority.class));
        Subject about = subject == null ? null : subject.toSubject(violations);
        CaseAttributes.check("attributes", attributes, violations);
        violations.throwIfAny();
        return new CreateCaseCommand(organizationId, actor, type, level, about, attributes, tags);
    }
}
