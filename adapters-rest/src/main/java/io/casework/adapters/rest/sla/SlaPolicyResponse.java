package io.casework.adapters.rest.sla;

import io.casework.adapters.rest.dto.WireNames;
import io.casework.domain.cases.CaseType;
import io.casework.domain.sla.SlaPolicy;
import java.util.List;

/** One policy; {@code case_types} and {@code priority} null match any. */
public record SlaPolicyResponse(String id, List<String> caseTypes, String priority, Integer firstResponseMinutes,
                                int resolutionMinutes) {
    static SlaPolicyResponse from(SlaPolicy policy) {
        return new SlaPolicyResponse(policy.id().value(),
                policy.caseTypes().isEmpty() ? null : policy.caseTypes().stream().map(CaseType::value).toList(),
                WireNames.of(policy.priority()), policy.firstResponseMinutes(), policy.resolutionMinutes());
    }

    /** The whole list, as GET and PUT answer it. */
    public record Policies(List<SlaPolicyResponse> policies) {
        static Policies from(List<SlaPolicy> policies) {
            return new Policies(policies.stream().map(SlaPolicyResponse::from).toList());
        }
    }
}
