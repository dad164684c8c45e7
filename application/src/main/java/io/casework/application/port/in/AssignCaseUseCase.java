package io.casework.application.port.in;

import io.casework.domain.cases.Case;

public interface AssignCaseUseCase {
    /**
     * Assigns by the same rules as the workflow step. Refusals carry the step's codes
     * ({@code assignee_not_found}, {@code assignee_unavailable}, {@code no_eligible_assignee}); a resolved case
     * is a {@link ConflictException}.
     */
    Case assign(AssignCaseCommand command);
}
