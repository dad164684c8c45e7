package io.casework.application.service.cases;

import io.casework.domain.cases.Case;

/** Work a new case starts, queued in the transaction that opens it (the workflow runs it triggers). */
@FunctionalInterface
public interface CaseCreatedTrigger {
    void caseCreated(Case aCase);
}
