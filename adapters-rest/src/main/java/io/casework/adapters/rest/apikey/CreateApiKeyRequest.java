package io.casework.adapters.rest.apikey;

import io.casework.adapters.rest.dto.Violations;
import java.util.function.Function;

public record CreateApiKeyRequest(String name) {
    /** The name, which the use case checks further (length). */
    public String requiredName() {
        Violations violations = new Violations();
        String checked = violations.required("name", name, Function.identity());
        violations.throwIfAny();
        return checked;
    }
}
