package io.casework.adapters.rest.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.adapters.rest.dto.Violations;
import java.util.Map;

/** A case's free-form attributes may hold any JSON object up to 64 KiB once serialized. */
final class CaseAttributes {
    static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseAttributes() {
    }

    static void check(String field, Map<String, Object> attributes, Violations violations) {
        if (attributes == null) {
            return;
        }
        try {
            if (JSON.writeValueAsBytes(attributes).length > MAX_BYTES) {
                violations.add(field, "must be at most 64 KiB of JSON");
            }
        } catch (JsonProcessingException e) {
            violations.add(field, "must be a JSON object");
        }
    }
}
