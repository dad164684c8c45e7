package io.casework.adapters.rest.workflow;

import io.casework.adapters.rest.dto.Violations;
import java.util.function.Function;

/** The case to run a workflow on; the service tells whether it exists in the organization. */
public record ManualRunRequest(String caseId) {
    public String toCaseId() {
        Violations violations = new Violations();
        violations.required("case_id", caseId, Function.identity());
        violations.throwIfAny();
        return caseId;
    }
}
