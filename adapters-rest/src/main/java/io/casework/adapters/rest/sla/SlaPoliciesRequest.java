package io.casework.adapters.rest.sla;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.dto.Violations;
import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.in.SlaPolicyDraft;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code PUT /v1/sla-policies}: {@code {"policies": [...]}}, each policy with {@code case_types} (a list,
 * or null for any type), {@code priority} (or null), {@code first_response_minutes} (or null) and
 * {@code resolution_minutes}. Read by hand so that every bad field is named with its path, as
 * {@code policies[2].priority}.
 */
final class SlaPoliciesRequest {
    private static final Set<String> FIELDS = Set.of("case_types", "priority", "first_response_minutes",
            "resolution_minutes");

    private SlaPoliciesRequest() {
    }

    static List<SlaPolicyDraft> drafts(JsonNode body) {
        Violations violations = new Violations();
        if (body == null || !body.isObject()) {
            violations.add("policies", "is required: the body is {\"policies\": [...]}");
            violations.throwIfAny();
        }
        violations.unknownFields(body, Set.of("policies"), "");
        JsonNode policies = body.get("policies");
        if (policies == null || !policies.isArray()) {
            violations.add("policies", "must be a list of policies");
            violations.throwIfAny();
        }
        List<SlaPolicyDraft> drafts = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            drafts.add(draft(policies.get(i), "policies[" + i + "]", violations));
        }
        violations.throwIfAny();
        return drafts;
    }

    private static SlaPolicyDraft draft(JsonNode policy, String path, Violations violations) {
        if (!policy.isObject()) {
            violations.add(path, "must be an object");
            return null;
        }
        violations.unknownFields(policy, FIELDS, path);
        List<CaseType> caseTypes = caseTypes(policy.get("case_types"), path + ".case_types", violations);
        Priority priority = null;
        JsonNode priorityNode = policy.get("priority");
        if (priorityNode != null && !priorityNode.isNull()) {
            if (priorityNode.isTextual()) {
                priority = violations.optional(path + ".priority", priorityNode.asText(),
                        WireNames.parser(Priority.class));
            } else {
                violations.add(path + ".priority", "must be one of low, normal, high, urgent, or null");
            }
        }
        Integer firstResponse = minutes(policy.get("first_response_minutes"), path + ".first_response_minutes",
                violations);
        JsonNode resolution = policy.get("resolution_minutes");
        if (resolution == null || resolution.isNull()) {
            violations.add(path + ".resolution_minutes", "is required");
        }
        return new SlaPolicyDraft(caseTypes, priority, firstResponse,
                minutes(resolution, path + ".resolution_minutes", violations));
    }

    private static List<CaseType> caseTypes(JsonNode node, String path, Violations violations) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            violations.add(path, "must be a list of case types, or null for any");
            return null;
        }
        List<CaseType> types = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode type = node.get(i);
            if (!type.isTextual()) {
                violations.add(path + "[" + i + "]", "must be a case type");
                continue;
            }
            CaseType parsed = violations.optional(path + "[" + i + "]", type.asText(), CaseType::new);
            if (parsed != null) {
                types.add(parsed);
            }
        }
        return types;
    }

    private static Integer minutes(JsonNode node, String path, Violations violations) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            violations.add(path, "must be a whole number of minutes");
            return null;
        }
        return node.intValue();
    }
}
