package io.casework.application.port.in;

import io.casework.domain.assignee.Team;

public interface UpdateTeamUseCase {
    Team update(UpdateTeamCommand command);
}
