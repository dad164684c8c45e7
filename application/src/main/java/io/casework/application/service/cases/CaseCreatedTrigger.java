package io.casework.application.service.cases;

import io.casework.domain.cases.Case;
import java.util.List;

/** Work new cases start, queued in the transaction that opens them (the workflow runs they trigger). */
@FunctionalInterface
public interface CaseCreatedTrigger {
    void casesCreated(List<Case> cases);
}
