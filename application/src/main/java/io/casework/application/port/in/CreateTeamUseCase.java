package io.casework.application.port.in;

import io.casework.domain.assignee.Team;

public interface CreateTeamUseCase {
    /** @throws FieldErrorsException naming {@code member_ids[i]} for each member not in the organization */
    Team create(CreateTeamCommand command);
}
