package io.casework.application.port.in;

import io.casework.domain.cases.CaseId;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import java.util.Optional;

/** Which workflow runs a list shows. Empty parts match everything. */
public record RunFilter(Optional<WorkflowId> workflowId, Optional<CaseId> caseId, Optional<WorkflowRun.Status> status) {
    public static RunFilter none() {
        return new RunFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean matches(WorkflowRun run) {
        return workflowId.map(run.workflowId()::equals).orElse(true)
                && caseId.map(run.caseId()::equals).orElse(true)
                && status.map(s -> s == run.status()).orElse(true);
    }
}
