package io.casework.application.port.in;

import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.WorkflowId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dry run of the workflow on a stored case ({@code caseId}) or on a case as {@code newCase} would open it, exactly
 * one of them; of its published {@code version}, or of its current draft when empty.
 */
public record DryRunCommand(OrganizationId organizationId, WorkflowId workflowId, Optional<String> caseId,
                            Optional<CreateCaseCommand> newCase, Optional<Integer> version) {
    public DryRunCommand {
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(workflowId);
        if (caseId.isPresent() == newCase.isPresent()) {
            throw FieldErrorsException.validation(List.of(new FieldError("case_id",
                    "give exactly one of case_id (a stored case) and case (a case to open)")));
        }
    }
}
