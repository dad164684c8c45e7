package io.casework.application.port.in;

import io.casework.domain.cases.Case;

public interface CreateCaseUseCase {
    /** Opens the case and, in the same transaction, queues a run of every published workflow it triggers. */
    Case create(CreateCaseCommand command);
}
