package io.casework.adapters.rest.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.casework.adapters.rest.cases.CreateCaseRequest;
import io.casework.application.port.in.DryRunCommand;
import io.casework.domain.cases.Actor;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.WorkflowId;
import java.util.Optional;

/**
 * A stored case ({@code case_id}) or the body of {@code POST /v1/cases} ({@code case}), exactly one; {@code version}:
 * a published version, or the current draft when left out.
 */
public record DryRunRequest(String caseId, @JsonProperty("case") CreateCaseRequest newCase, Integer version) {
    public DryRunCommand toCommand(OrganizationId organizationId, Actor actor, WorkflowId workflowId) {
        return new DryRunCommand(organizationId, workflowId, Optional.ofNullable(caseId),
                Optional.ofNullable(newCase).map(c -> c.toCommand(organizationId, actor)), Optional.ofNullable(version));
    }
}
