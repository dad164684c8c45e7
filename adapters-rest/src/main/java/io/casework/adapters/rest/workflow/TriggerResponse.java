package io.casework.adapters.rest.workflow;

import io.casework.domain.cases.CaseType;
import io.casework.domain.workflow.Trigger;
import java.util.List;

/** {@code {"event": "case.created", "case_types": [...]}}; an empty list means every case type. */
public record TriggerResponse(String event, List<String> caseTypes) {
    static TriggerResponse from(Trigger trigger) {
        return new TriggerResponse(WorkflowWireNames.of(trigger.event()),
                trigger.caseTypes().stream().map(CaseType::value).toList());
    }
}
