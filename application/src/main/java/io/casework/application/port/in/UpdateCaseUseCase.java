package io.casework.application.port.in;

import io.casework.domain.cases.Case;

public interface UpdateCaseUseCase {
    Case update(UpdateCaseCommand command);
}
